package org.servicepact.request.application;

import org.servicepact.platform.rules.PlausibleDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.agreement.domain.OfferedService;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.i18n.Texts;
import org.servicepact.platform.i18n.Translated;
import org.servicepact.platform.persistence.Records;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.domain.PeerRequest;
import org.servicepact.request.domain.TimelineEvent;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Imports requests that happened elsewhere, with their whole history (the API's {@code POST /requests/import}). */
@ApplicationScoped
public class RequestHistoryImport {

    /**
     * The most events one imported history may hold: far more than a request gathers in people's hands, few enough
     * that its page, its API answer and every reading of its clocks stay quick (20,000 made a 13 MB page).
     */
    public static final int MAX_EVENTS = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Employees employees;

    @Inject
    RequestCalendars calendars;

    @Inject
    RequestFigures figures;

    @Inject
    Clock clock;

    /**
     * Writes a request that happened before, replaying its history through the same acts people use, with
     * their past timestamps: the clocks of an imported request are computed by the same code. A step that
     * could not have happened (an answer with no question, an event before the previous one) refuses the
     * whole import, naming the event; nothing partial is stored.
     */
    @Transactional
    public PeerRequest write(RequestHistory history) {
        if (history.events() != null && history.events().size() > MAX_EVENTS) {
            throw new RuleViolation("events", "api.import.tooManyEvents", MAX_EVENTS, history.events().size());
        }
        AgreementVersion version = Records.reference(em, AgreementVersion.class, history.agreementVersionId(), "agreementVersionId");
        if (version == null) {
            throw new RuleViolation("agreementVersionId", "api.required");
        }
        OfferedService service = Records.reference(em, OfferedService.class, history.serviceId(), "serviceId");
        if (service == null) {
            throw new RuleViolation("serviceId", "api.required");
        }
        if (history.submittedAt() == null || history.submittedAt().isAfter(clock.instant())) {
            throw new RuleViolation("submittedAt", "api.import.submittedAt");
        }
        PlausibleDates.require(history.submittedAt(), "submittedAt");
        PlausibleDates.require(history.requestedDue(), "requestedDue");
        Map<String, Employee> people = employees.byUsernames(namesIn(history));
        PeerRequest request = new PeerRequest(version, service, named(people, history.requester(), "requester"),
                priority(history.priority(), "priority"), history.title(), history.description(), history.requestedDue(),
                history.submittedAt());
        List<RequestHistory.Step> events = history.events() == null ? List.of() : history.events();
        for (int i = 0; i < events.size(); i++) {
            replay(request, events.get(i), "events[" + i + "]", people);
        }
        em.persist(request);
        figures.refresh(request);
        em.flush();
        return request;
    }

    /** Everyone the history names, to find them all in one statement: an import names people on each of its events. */
    private static List<String> namesIn(RequestHistory history) {
        List<String> names = new ArrayList<>();
        names.add(history.requester());
        if (history.events() != null) {
            history.events().stream().filter(Objects::nonNull).forEach(step -> {
                names.add(step.actor());
                names.add(step.assignee());
            });
        }
        return names.stream().filter(name -> name != null && !name.isBlank()).toList();
    }

    private void replay(PeerRequest request, RequestHistory.Step event, String field, Map<String, Employee> people) {
        if (event == null) {
            throw new RuleViolation(field, "api.required");
        }
        if (event.at() == null || event.at().isAfter(clock.instant())) {
            throw new RuleViolation(field + ".at", "api.import.at");
        }
        PlausibleDates.require(event.at(), field + ".at");
        if (event.kind() == null || event.kind().isBlank()) {
            throw new RuleViolation(field + ".kind", "api.required");
        }
        TimelineEvent.Kind kind;
        try {
            kind = TimelineEvent.Kind.valueOf(String.valueOf(event.kind()));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field + ".kind", "api.import.kind", Texts.echo(event.kind()));
        }
        Employee actor = kind == TimelineEvent.Kind.AUTO_CLOSED ? null : named(people, event.actor(), field + ".actor");
        try {
            switch (kind) {
                case ASSIGNED -> request.assignTo(actor, named(people, event.assignee(), field + ".assignee"), event.at());
                case ACKNOWLEDGED -> request.acknowledge(actor, event.at());
                case QUESTION_ASKED -> request.askRequester(actor, event.text(), event.at());
                case FLAGGED_INCOMPLETE -> request.flagIncomplete(actor, event.text(), event.at());
                case ANSWERED -> request.answer(actor, event.text(), event.at());
                case RESOLVED -> request.resolve(actor, event.text(), event.at());
                case DECLINED -> request.decline(actor, event.text(), event.at());
                case REOPENED -> request.reopen(actor, event.text(), event.at(), calendars.consumer(request.getAgreementVersion()).zone());
                case CONFIRMED -> request.confirm(actor, event.at());
                case AUTO_CLOSED -> request.autoClose(event.at());
                case CANCELLED -> request.cancel(actor, event.text(), event.at());
                case PRIORITY_CHANGED -> request.changePriority(actor, priority(event.priority(), field + ".priority"), event.at());
                case SUBMITTED -> throw new RuleViolation(field + ".kind", "api.import.submittedTwice");
            }
        } catch (RuleViolation refused) {
            if (refused.field() != null && refused.field().startsWith(field)) {
                throw refused;
            }
            throw new RuleViolation(field, "api.import.refused", kind,
                    Translated.inEach(language -> Texts.format(language, refused.messageKey(), refused.arguments())));
        }
    }

    private static Employee named(Map<String, Employee> people, String username, String field) {
        if (username == null || username.isBlank()) {
            throw new RuleViolation(field, "api.required");
        }
        Employee named = username.indexOf('\0') < 0 ? people.get(Employee.usernameKey(username)) : null;
        if (named == null) {
            throw new RuleViolation(field, "api.unknownEmployee", Texts.echo(username));
        }
        return named;
    }

    /** A priority as the API spells it (P1–P4). */
    public static Priority priority(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(field, "api.required");
        }
        try {
            return Priority.valueOf(String.valueOf(text).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, "api.priority", Texts.echo(text));
        }
    }
}
