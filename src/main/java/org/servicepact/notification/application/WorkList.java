package org.servicepact.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.servicepact.agreement.application.AgreementDirectory;
import org.servicepact.agreement.application.AgreementRow;
import org.servicepact.agreement.domain.Actor;
import org.servicepact.calendar.application.Calendars;
import org.servicepact.feedback.application.FeedbackDue;
import org.servicepact.feedback.application.LetterDirectory;
import org.servicepact.feedback.application.LetterRow;
import org.servicepact.feedback.application.Ratings;
import org.servicepact.notification.application.WorkItem.Kind;
import org.servicepact.notification.application.WorkItem.Urgency;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.request.application.EscalationRow;
import org.servicepact.request.application.RequestEscalations;
import org.servicepact.request.application.RequestWork;
import org.servicepact.request.application.WaitingRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A person's to-do list across the portal, most urgent first: escalations and letters to acknowledge, questions to
 * answer, resolutions to confirm, requests they have and requests of their queue nobody has taken, ratings to give
 * before their window closes, proposals waiting for their decision and agreements past their review date. A fixed
 * number of queries whatever the data, each list bounded.
 */
@ApplicationScoped
public class WorkList {

    private static final int LETTERS_SHOWN = 20;
    /** A rating whose window closes within this is at risk. */
    private static final Duration RATING_SOON = Duration.ofDays(2);

    private static final Comparator<WorkItem> MOST_URGENT_FIRST = Comparator.comparing(WorkItem::urgency)
            .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(WorkItem::since, Comparator.nullsLast(Comparator.naturalOrder()));

    @Inject
    Employees employees;

    @Inject
    RequestWork requests;

    @Inject
    RequestEscalations escalations;

    @Inject
    LetterDirectory letters;

    @Inject
    Ratings ratings;

    @Inject
    AgreementDirectory agreementDirectory;

    @Inject
    Calendars calendars;

    @Inject
    Clock clock;

    public List<WorkItem> of(String username) {
        Employee me = employees.named(username);
        Instant now = clock.instant();
        List<WorkItem> items = new ArrayList<>();
        for (EscalationRow escalation : escalations.waitingFor(username)) {
            items.add(new WorkItem(Kind.ESCALATION, escalation.requestId(), "REQ-" + escalation.requestId(), escalation.requestTitle(), null, escalation.reason(),
                    null, escalation.raisedAt(), requestPage(escalation.requestId()), Urgency.AT_RISK));
        }
        requests.questionsFor(me).forEach(request -> items.add(request(Kind.QUESTION, request, now, request.since())));
        requests.resolutionsFor(me).forEach(request -> items.add(request(Kind.CONFIRMATION, request, now, request.since())));
        requests.assignedTo(me).forEach(request -> items.add(request(Kind.ASSIGNED, request, now, request.since())));
        requests.untakenInQueueOf(me).forEach(request -> items.add(request(Kind.UNTAKEN, request, now, request.since())));
        for (LetterRow letter : letters.waitingList(me, LETTERS_SHOWN)) {
            items.add(new WorkItem(Kind.LETTER, letter.id(), letter.getNumber(), letter.subject(), letter.authorName(), null, null, letter.writtenAt(),
                    "/feedback/letter.xhtml?id=" + letter.id(), Urgency.WAITING));
        }
        for (FeedbackDue rating : ratings.toGive(me)) {
            items.add(new WorkItem(Kind.RATING, rating.requestId(), rating.getNumber(), rating.requestTitle(), rating.otherPartyName(), null, rating.closesAt(),
                    null, requestPage(rating.requestId()), now.plus(RATING_SOON).isAfter(rating.closesAt()) ? Urgency.AT_RISK
                    : Urgency.WAITING));
        }
        agreementItems(me, items);
        items.sort(MOST_URGENT_FIRST);
        return items;
    }

    private void agreementItems(Employee me, List<WorkItem> items) {
        ZoneId zone = calendars.organisationZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        for (AgreementRow proposal : agreementDirectory.waitingForDecision(new Actor(me, false))) {
            items.add(new WorkItem(Kind.PROPOSAL, proposal.id(), "v" + proposal.latestNumber(), proposal.title(),
                    proposal.providerName() + " → " + proposal.consumerName(), null, startOf(proposal.effectiveFrom(), zone), null,
                    agreementPage(proposal.id()), Urgency.WAITING));
        }
        for (AgreementRow agreement : agreementDirectory.pastReview(me, today)) {
            items.add(new WorkItem(Kind.REVIEW, agreement.id(), "v" + agreement.latestNumber(), agreement.title(),
                    agreement.providerName() + " → " + agreement.consumerName(), null, startOf(agreement.reviewDate(), zone), null,
                    agreementPage(agreement.id()), Urgency.OVERDUE));
        }
    }

    private static WorkItem request(Kind kind, WaitingRequest request, Instant now, Instant since) {
        Urgency urgency = request.due() != null && !request.due().isAfter(now) ? Urgency.OVERDUE
                : request.warnAt() != null && !request.warnAt().isAfter(now) ? Urgency.AT_RISK : Urgency.WAITING;
        return new WorkItem(kind, request.id(), request.getNumber(), request.title(), request.otherPartyName(), null, request.due(), since,
                requestPage(request.id()), urgency);
    }

    /** Where a date (effective, review) begins in the organisation's zone, the one agreements' dates are read in. */
    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    private static String requestPage(long id) {
        return "/requests/request.xhtml?id=" + id;
    }

    private static String agreementPage(long id) {
        return "/agreements/agreement.xhtml?id=" + id;
    }
}
