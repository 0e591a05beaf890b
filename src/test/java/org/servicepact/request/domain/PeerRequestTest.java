package org.servicepact.request.domain;

import org.junit.jupiter.api.Test;
import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.agreement.domain.Side;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.i18n.Texts;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.domain.TimelineEvent.Kind;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Who may move a request, and from where; every act lands in the log the clocks read. */
class PeerRequestTest {

    private static final Instant T0 = RequestFixture.T0;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final RequestFixture fixture = new RequestFixture();
    private final Department finance = fixture.finance;
    private final Employee priya = fixture.priya;
    private final Employee marco = fixture.marco;
    private final Employee lena = fixture.lena;
    private final Employee oliver = fixture.oliver;
    private final AgreementVersion active = fixture.active;

    private PeerRequest logged() {
        return fixture.logged();
    }

    private static Instant later(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void onlySomeoneOfTheConsumingDepartmentLogsARequest() {
        assertEquals("request.requester.notConsumer", assertThrows(RuleViolation.class,
                () -> new PeerRequest(active, active.getServices().get(0), priya, Priority.P2, "Own", "x", null, T0)).messageKey());
    }

    @Test
    void aWordTypedWhileConfirmingIsKeptAndNoneIsNeeded() {
        PeerRequest request = logged();
        request.resolve(priya, "Battery replaced", later(60));
        request.confirm(lena, "  Thanks, works again.  ", later(70));
        assertEquals("Thanks, works again.", request.getEvents().get(request.getEvents().size() - 1).getComment());

        PeerRequest silent = logged();
        silent.resolve(priya, "Done", later(60));
        silent.confirm(lena, "   ", later(70));
        assertEquals(null, silent.getEvents().get(silent.getEvents().size() - 1).getComment());
        assertEquals("comment", assertThrows(RuleViolation.class, () -> {
            PeerRequest longWinded = logged();
            longWinded.resolve(priya, "Done", later(60));
            longWinded.confirm(lena, "x".repeat(4001), later(70));
        }).field(), "too long is refused, never cut");
    }

    @Test
    void theWholeJourneyLandsInTheLog() {
        PeerRequest request = logged();
        request.acknowledge(priya, later(10));
        request.askRequester(priya, "Which model?", later(20));
        request.answer(lena, "T14", later(30));
        request.resolve(priya, "Battery replaced", later(60));
        request.reopen(lena, "Still dies", later(90), ZONE);
        request.resolve(priya, "Charger too", later(120));
        request.confirm(lena, later(150));

        assertEquals(RequestStatus.CLOSED, request.getStatus());
        assertEquals(priya, request.getAssignee());
        assertEquals(List.of(Kind.SUBMITTED, Kind.ACKNOWLEDGED, Kind.QUESTION_ASKED, Kind.ANSWERED, Kind.RESOLVED,
                Kind.REOPENED, Kind.RESOLVED, Kind.CONFIRMED), request.timeline().stream().map(TimelineEvent::kind).toList());
    }

    @Test
    void whoeverResolvesARequestNobodyTookIsItsAssigneeAndTheOneRated() {
        PeerRequest request = logged();
        request.resolve(priya, "Done at once", later(5));

        assertEquals(priya, request.getAssignee());
    }

    @Test
    void aRequesterCannotResolveAndAProviderCannotConfirm() {
        PeerRequest request = logged();
        assertEquals("request.notProvider", assertThrows(RuleViolation.class,
                () -> request.resolve(lena, "Done myself", later(5))).messageKey());
        request.resolve(priya, "Done", later(10));
        assertEquals("request.notRequester", assertThrows(RuleViolation.class,
                () -> request.confirm(priya, later(20))).messageKey());
        assertThrows(RuleViolation.class, () -> request.confirm(oliver, later(20)), "only the requester confirms");
    }

    @Test
    void nothingMovesAClosedRequest() {
        PeerRequest request = logged();
        request.resolve(priya, "Done", later(10));
        request.confirm(lena, later(20));

        RuleViolation refused = assertThrows(RuleViolation.class, () -> request.reopen(lena, "again", later(30), ZONE));
        assertEquals("Nothing moves a request whose status is \"Closed\".",
                Texts.format(Locale.ENGLISH, refused.messageKey(), refused.arguments()), "its status named as the page names it");
        assertThrows(RuleViolation.class, () -> request.assignTo(priya, marco, later(30)));
        assertThrows(RuleViolation.class, () -> request.cancel(lena, "x", later(30)));
    }

    @Test
    void aReopenComesWithinTheAgreedDays() {
        PeerRequest request = logged();
        request.resolve(priya, "Done", later(10));
        assertEquals("request.reopen.tooLate", assertThrows(RuleViolation.class,
                () -> request.reopen(lena, "Late", T0.plus(Duration.ofDays(7)), ZONE)).messageKey());
        request.reopen(lena, "In time", T0.plus(Duration.ofDays(5)), ZONE);
        assertEquals(RequestStatus.IN_PROGRESS, request.getStatus());
    }

    @Test
    void incompleteIsFlaggedOnTheFirstResponseOnlyAndAsksForWhatIsMissing() {
        PeerRequest request = logged();
        request.flagIncomplete(priya, "The asset number", later(5));
        assertEquals(RequestStatus.WAITING_ON_REQUESTER, request.getStatus());

        PeerRequest acknowledged = logged();
        acknowledged.acknowledge(priya, later(5));
        assertThrows(RuleViolation.class, () -> acknowledged.flagIncomplete(priya, "Too late to say", later(6)));
    }

    @Test
    void everyQuestionAnswerAndResolutionNeedsWords() {
        PeerRequest request = logged();
        assertEquals("comment", assertThrows(RuleViolation.class, () -> request.askRequester(priya, " ", later(5))).field());
        assertThrows(RuleViolation.class, () -> request.resolve(priya, null, later(5)));
    }

    @Test
    void aRequestIsGivenOnlyToSomeoneOfTheProvider() {
        PeerRequest request = logged();
        assertEquals("request.assignee.notProvider", assertThrows(RuleViolation.class,
                () -> request.assignTo(priya, oliver, later(5))).messageKey());
        request.assignTo(priya, marco, later(5));
        assertEquals(marco, request.getAssignee());
    }

    @Test
    void askingForTheSupervisorGoesToTheSupervisorOfWhoeverHasTheRequest() {
        priya.reportTo(marco);
        lena.reportTo(oliver);
        PeerRequest request = logged();
        assertEquals(marco, request.escalateByRequester(lena, "Blocked", later(5)).getEscalatedTo(),
                "nobody has it yet: the provider's head");
        request.assignTo(priya, priya, later(6));
        Escalation toSupervisor = request.escalateByRequester(lena, "Still blocked", later(7));
        assertEquals(marco, toSupervisor.getEscalatedTo());
        assertEquals(Side.PROVIDER, toSupervisor.getBreachedSide());

        Escalation consumerBreach = request.escalateConsumerBreach(priya, "No answer for two days", later(8));
        assertEquals(oliver, consumerBreach.getEscalatedTo());
        assertThrows(RuleViolation.class, () -> request.escalateByRequester(priya, "Not mine", later(9)));
        assertEquals(3, request.getEscalations().size());
        assertEquals(true, request.isVisibleTo(marco));
    }

    @Test
    void onlyThePersonItWentToAcknowledgesAnEscalationAndOnce() {
        priya.reportTo(marco);
        PeerRequest request = logged();
        request.assignTo(priya, priya, later(1));
        Escalation escalation = request.escalateByRequester(lena, "Blocked", later(5));

        assertEquals("escalation.notYours", assertThrows(RuleViolation.class,
                () -> escalation.acknowledge(priya, "Seen", later(6))).messageKey());
        assertThrows(RuleViolation.class, () -> escalation.acknowledge(marco, " ", later(6)));
        RuleViolation tooLong = assertThrows(RuleViolation.class,
                () -> escalation.acknowledge(marco, "x".repeat(Escalation.ACKNOWLEDGEMENT_MAX + 1), later(6)));
        assertEquals("acknowledgement", tooLong.field(), "refused beside the field, not by the database's column");
        assertEquals("request.text.tooLong", tooLong.messageKey());
        escalation.acknowledge(marco, "On it", later(6));
        assertEquals(true, escalation.isAcknowledged());
        assertThrows(RuleViolation.class, () -> escalation.acknowledge(marco, "Again", later(7)));
    }

    @Test
    void aResolvedRequestClosesItselfAfterTheAgreedDays() {
        PeerRequest request = logged();
        request.resolve(priya, "Done", later(10));
        assertEquals(later(10).plus(Duration.ofDays(5)), request.autoCloseAfter());
        request.autoClose(later(10).plus(Duration.ofDays(6)));
        assertEquals(RequestStatus.CLOSED, request.getStatus());
        assertEquals(Kind.AUTO_CLOSED, request.timeline().get(request.timeline().size() - 1).kind());
    }

    @Test
    void eitherSideChangesThePriorityAndTheClocksReadIt() {
        PeerRequest request = logged();
        request.changePriority(lena, Priority.P1, later(5));
        assertEquals(Priority.P1, request.getPriority());
        assertEquals(Priority.P1, request.timeline().get(1).priority());
        assertThrows(RuleViolation.class, () -> request.changePriority(priya, Priority.P1, later(6)), "the same priority");
        request.changePriority(priya, Priority.P3, later(7));
        assertThrows(RuleViolation.class, () -> request.changePriority(oliver, Priority.P2, later(8)), "not a party");
    }

    @Test
    void qualityBeyondSpeedIsCountedFromTheLog() {
        PeerRequest firstTime = logged();
        firstTime.acknowledge(priya, later(5));
        firstTime.recountFigures(List.of(), ZONE, 1);
        assertEquals(null, firstTime.getFigures().firstTimeResolution(), "not resolved yet");
        firstTime.resolve(priya, "Done", later(10));
        firstTime.confirm(lena, later(20));
        firstTime.recountFigures(List.of(), ZONE, 1);
        assertEquals(1, firstTime.getFigures().firstTimeResolution());
        assertEquals(later(10), firstTime.getFigures().resolvedAt(), "closed after a resolution: resolved then");
        assertEquals(later(10).plus(Duration.ofDays(active.getRatingWindowDays())), firstTime.getFigures().ratingClosesAt());
        assertEquals(T0.atZone(ZONE).getYear() * 100 + T0.atZone(ZONE).getMonthValue(), firstTime.getFigures().periodMonth());
        assertFalse(firstTime.recountFigures(List.of(), ZONE, 1), "nothing new in the log: nothing changed");

        PeerRequest reopened = logged();
        reopened.resolve(priya, "Done", later(10));
        reopened.reopen(lena, "Not really", later(20), ZONE);
        reopened.resolve(priya, "Now it is", later(30));
        reopened.recountFigures(List.of(), ZONE, 1);
        assertEquals(1, reopened.getFigures().reopenCount());
        assertEquals(0, reopened.getFigures().firstTimeResolution());

        PeerRequest handedOn = logged();
        handedOn.acknowledge(priya, later(5));
        handedOn.assignTo(priya, marco, later(6));
        handedOn.resolve(marco, "Done", later(10));
        handedOn.escalateByRequester(lena, "Slow", later(11));
        handedOn.recountFigures(List.of(), ZONE, 1);
        assertEquals(1, handedOn.getFigures().handoffCount());
        assertEquals(1, handedOn.getFigures().escalationCount());
        assertEquals(0, handedOn.getFigures().firstTimeResolution());
    }

    @Test
    void aRequestHandedToAnotherDepartmentStartsAgainThere() {
        Department facilities = new Department("FAC", "Facilities");
        Employee peter = RequestFixture.employee("peter", facilities);
        facilities.appointHead(peter);
        AgreementVersion target = RequestFixture.activeAgreement("Facilities for Finance", facilities, finance, peter, "Repairs");

        PeerRequest request = logged();
        request.acknowledge(priya, later(5));
        assertThrows(RuleViolation.class, () -> request.handOff(priya, active, active.getServices().get(0), "Same", later(6)),
                "not to the same provider");
        PeerRequest next = request.handOff(priya, target, target.getServices().get(0), "The socket is broken, not the laptop", later(10));

        assertEquals(RequestStatus.HANDED_OFF, request.getStatus());
        assertEquals(facilities, next.getProvider());
        assertEquals(lena, next.getRequester());
        assertEquals(request, next.getHandedFrom());
        request.recountFigures(List.of(), ZONE, 1);
        assertEquals(1, request.getFigures().handoffCount());
        next.resolve(peter, "New socket", later(30));
        next.recountFigures(List.of(), ZONE, 1);
        assertEquals(0, next.getFigures().firstTimeResolution(), "handed on from another department: not first time");
    }

    @Test
    void eventsAreRecordedInTheOrderTheyHappen() {
        PeerRequest request = logged();
        request.acknowledge(priya, later(10));
        assertThrows(RuleViolation.class, () -> request.resolve(priya, "Back in time", later(5)));
    }
}
