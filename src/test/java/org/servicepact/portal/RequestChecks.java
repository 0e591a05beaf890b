package org.servicepact.portal;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.organisation.application.Option;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.i18n.Message;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.application.RequestDirectory;
import org.servicepact.request.application.RequestRow;
import org.servicepact.request.application.RequestCalendars;
import org.servicepact.request.application.RequestEscalations;
import org.servicepact.request.application.RequestHandOffs;
import org.servicepact.request.application.Requests;
import org.servicepact.notification.application.Notifications;
import org.servicepact.notification.domain.Notification;
import org.servicepact.request.application.RequestWatcher;
import org.servicepact.request.domain.ClockReading;
import org.servicepact.request.domain.Escalation;
import org.servicepact.request.domain.PeerRequest;
import org.servicepact.request.domain.RequestStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests in the container: logging under an active agreement, the acts of each side stored in the log,
 * the clocks read from it, who may see a request, and the lists. Run by {@link InContainerIT}, in its one deployment.
 */
interface RequestChecks {

    // what the checks use; InContainerIT injects it
    Requests requests();
    RequestEscalations escalations();
    RequestCalendars requestCalendars();
    RequestHandOffs handOffs();
    RequestDirectory requestDirectory();
    RequestWatcher watcher();

    /** The portal's clock in this deployment, which a check may move on (and must put back). */
    ControllableClock clock();
    Notifications notifications();
    EntityManager em();

    /** Lena (Finance) asks IT for something under "IT services for Finance". */
    private PeerRequest logged(String title) {
        return requests().log(DemoRequestForms.lenaAsksIt(requests(), title), "lena.fischer");
    }

    private PeerRequest reload(long id) {
        em().clear();
        return requests().detail(id, "lena.fischer");
    }

    @Test
    default void anEmployeeOnlyAsksUnderTheirDepartmentsActiveAgreements() {
        List<Option> forFinance = requests().agreementsFor("lena.fischer");
        assertTrue(forFinance.stream().anyMatch(o -> o.label().startsWith("Facilities")));
        assertTrue(forFinance.stream().noneMatch(o -> o.label().contains("for Sales")));
    }

    @Test
    default void bothSidesWorkARequestAndEveryActIsStored() {
        long id = logged("Laptop battery " + System.nanoTime()).getId();
        requests().act(id, reload(id).getVersion(), "priya.nair", Requests.Act.ACKNOWLEDGE, null, null);
        requests().act(id, reload(id).getVersion(), "priya.nair", Requests.Act.ASK, "Which model is it?", null);
        requests().act(id, reload(id).getVersion(), "lena.fischer", Requests.Act.ANSWER, "A T14.", null);
        requests().act(id, reload(id).getVersion(), "priya.nair", Requests.Act.RESOLVE, "Battery replaced.", null);
        requests().act(id, reload(id).getVersion(), "lena.fischer", Requests.Act.CONFIRM, null, null);

        PeerRequest stored = reload(id);
        assertEquals(RequestStatus.CLOSED, stored.getStatus());
        assertEquals("Priya Nair", stored.getAssignee().getFullName());
        assertEquals(6, stored.getEvents().size());
        assertEquals(1, stored.getFigures().firstTimeResolution(), "resolved by the first who had it, never reopened or handed on");
        assertEquals(0, stored.getFigures().reopenCount());
        assertNotNull(stored.getResolutionDue());
        List<ClockReading> clocks = requests().clocks(stored);
        assertTrue(clocks.stream().anyMatch(c -> c.measure() == Measure.CLARIFICATION));
        assertTrue(clocks.stream().filter(c -> c.measure() == Measure.RESOLUTION).allMatch(c -> c.stopped() != null));
    }

    @Test
    default void aRequesterCannotResolveAndAStaleActIsRefused() {
        long id = logged("Printer " + System.nanoTime()).getId();
        long seen = reload(id).getVersion();
        assertEquals("request.notProvider", assertThrows(RuleViolation.class,
                () -> requests().act(id, seen, "lena.fischer", Requests.Act.RESOLVE, "Fixed it myself", null)).messageKey());
        requests().act(id, seen, "priya.nair", Requests.Act.ACKNOWLEDGE, null, null);
        assertEquals("edit.stale", assertThrows(RuleViolation.class,
                () -> requests().act(id, seen, "daniel.okafor", Requests.Act.RESOLVE, "Done", null)).messageKey());
    }

    @Test
    default void onlyTheTwoDepartmentsSeeARequest() {
        long id = logged("Monitor " + System.nanoTime()).getId();
        assertNotNull(requests().detail(id, "oliver.grant"), "a colleague of the requester");
        assertNotNull(requests().detail(id, "jonas.weber"), "someone of the provider");
        assertEquals("request.notVisible", assertThrows(RuleViolation.class,
                () -> requests().detail(id, "laura.schmidt")).messageKey(), "someone of Sales");
    }

    /**
     * A request's page reads the request with its agreement, service, both sides and its people in one statement: none
     * of them is read on its own, then or when the page shows them.
     */
    @Test
    default void aRequestIsReadForItsPageWithWhatThePageShowsInOneStatement() {
        long id = logged("Docking station " + System.nanoTime()).getId();
        em().clear();
        PeerRequest[] read = new PeerRequest[1];
        List<String> reading = Statements.runBy(em(), () -> read[0] = requests().detail(id, "lena.fischer"));
        PeerRequest request = read[0];
        List<String> showing = Statements.runBy(em(), () -> String.join(" ", request.getAgreementVersion().getAgreement().getTitle(),
                request.getService().getName(), request.getProvider().getName(), request.getConsumer().getName(),
                request.getRequester().getFullName()));
        assertEquals(List.of(), showing, "what the page shows of the request was read with it");
        assertEquals(1, reading.stream().filter(sql -> sql.contains("peer_request")).count(), reading::toString);
        assertEquals(List.of(), reading.stream().filter(sql -> !sql.contains("peer_request"))
                        .filter(sql -> sql.matches("(?s)SELECT [^(]*? FROM (agreement|offered_service|\\{oj party) .*")).toList(),
                "the agreement, the service or a side read on its own");
    }

    /** What the API offers to ask under: every agreement's services, read together in one statement, in their order. */
    @Test
    default void theServicesOfTheAgreementsOneMayAskUnderAreReadInOneStatement() {
        List<Option> agreements = requests().agreementsFor("lena.fischer");
        assertTrue(agreements.size() > 1, agreements::toString);
        List<Long> versions = agreements.stream().map(Option::id).toList();
        em().clear();
        Map<Long, List<Option>> services = new HashMap<>();
        List<String> reading = Statements.runBy(em(), () -> services.putAll(requests().servicesOf(versions)));
        assertEquals(1, reading.size(), reading::toString);
        for (Long version : versions) {
            assertEquals(requests().version(version).getServices().stream().map(service -> service.getName()).toList(),
                    services.getOrDefault(version, List.of()).stream().map(Option::label).toList());
        }
    }

    @Test
    default void theWatcherWarnsBreachesAndEscalatesEachClockExactlyOnce() {
        long id = logged("Server room too hot " + System.nanoTime()).getId();
        requests().act(id, reload(id).getVersion(), "daniel.okafor", Requests.Act.TAKE, null, null);
        Instant muchLater = reload(id).getSubmittedAt().plus(Duration.ofDays(10));
        long marcosEscalationsBefore = escalations().waitingFor("marco.rossi").size();

        watcher().check(id, muchLater);
        watcher().check(id, muchLater);
        watcher().check(id, muchLater.plus(Duration.ofDays(3)));

        List<Escalation> escalations = reload(id).getEscalations();
        assertEquals(4, escalations.size(), "first response and resolution: supervisor at the breach, head after the delay");
        assertTrue(escalations.stream().filter(x -> x.getLevel() == Escalation.Level.SUPERVISOR)
                .allMatch(x -> x.getEscalatedTo().getUsername().equals("priya.nair")), "Daniel's supervisor is Priya");
        assertTrue(escalations.stream().filter(x -> x.getLevel() == Escalation.Level.HEAD)
                .allMatch(x -> x.getEscalatedTo().getUsername().equals("marco.rossi")), "the head of IT is Marco");
        assertTrue(escalations.stream().allMatch(x -> x.getCause() != Escalation.Cause.BY_HAND));
        Set<Message> expectedReasons = new HashSet<>();
        for (String level : List.of("SUPERVISOR", "HEAD")) {
            for (String measure : List.of("FIRST_RESPONSE", "RESOLUTION")) {
                expectedReasons.add(Message.of("escalation.automatic." + level, Message.of("agreement.measure." + measure)));
            }
        }
        assertEquals(expectedReasons, escalations.stream().map(Escalation::getReason).collect(Collectors.toSet()),
                "the watcher's reasons are stored language-neutral, each naming its level and clock");
        assertEquals(marcosEscalationsBefore + 2, escalations().waitingFor("marco.rossi").size());
        assertTrue(escalations().waitingFor("marco.rossi").stream().filter(row -> row.requestId() == id)
                .allMatch(row -> row.reason().render(Locale.ENGLISH).contains("Escalated automatically")));
        assertEquals(Set.of("First response", "Resolution"), noticesOf("daniel.okafor", id, "BREACHED").stream()
                .map(n -> n.getMessage().render(Locale.ENGLISH).replaceAll(".*: (.*) is past its due time\\.", "$1")).collect(Collectors.toSet()),
                "a breach notice for each clock, each naming its clock");
        assertEquals(Set.of(Message.of("agreement.measure.FIRST_RESPONSE"), Message.of("agreement.measure.RESOLUTION")),
                noticesOf("daniel.okafor", id, "BREACHED").stream().map(n -> n.getMessage().arguments().get(2)).collect(Collectors.toSet()),
                "stored language-neutral: the clock is a key, rendered in the reader's language when shown");
        assertEquals(2, noticesOf("priya.nair", id, "ESCALATED").size());
        assertEquals(2, noticesOf("marco.rossi", id, "ESCALATED").size());
        assertEquals(0, noticesOf("daniel.okafor", id, "WARNING").size(), "no warning of a clock already breached");
        Instant firstResponseDue = requestCalendars().clocksAt(reload(id), muchLater).stream()
                .filter(c -> c.measure() == Measure.FIRST_RESPONSE).findFirst().orElseThrow().due();
        assertTrue(noticesOf("daniel.okafor", id, "BREACHED").stream().anyMatch(n -> n.getCreatedAt().equals(firstResponseDue)),
                "a breach is dated when it happened, not when the watcher saw it");
    }

    @Test
    default void aPersonGetsOneEscalationOfAClockWhateverTheLevel() {
        long id = logged("Flickering screen " + System.nanoTime()).getId();
        requests().act(id, reload(id).getVersion(), "priya.nair", Requests.Act.TAKE, null, null);
        Instant muchLater = reload(id).getSubmittedAt().plus(Duration.ofDays(10));
        watcher().check(id, muchLater);
        watcher().check(id, muchLater.plus(Duration.ofDays(3)));

        List<Escalation> escalations = reload(id).getEscalations();
        assertEquals(2, escalations.size(), "Priya's supervisor is the head of IT: one escalation of each clock reaches him");
        assertTrue(escalations.stream().allMatch(x -> x.getEscalatedTo().getUsername().equals("marco.rossi")
                && x.getLevel() == Escalation.Level.SUPERVISOR));
        assertEquals(2, noticesOf("marco.rossi", id, "ESCALATED").size());
    }

    private List<Notification> noticesOf(String username, long requestId, String kind) {
        return notifications().recent(username, 200).stream()
                .filter(n -> Long.valueOf(requestId).equals(n.getRequestId()) && n.getKind().equals(kind)).toList();
    }

    @Test
    default void theWatcherLooksOnlyAtRequestsWhoseNextWarningOrBreachHasCome() {
        long id = logged("Projector " + System.nanoTime()).getId();
        PeerRequest fresh = reload(id);
        assertNotNull(fresh.getWatchAt(), "the first-response warning comes due");
        assertTrue(fresh.getWatchAt().isAfter(fresh.getSubmittedAt()));
        assertFalse(watcher().candidates(fresh.getSubmittedAt()).contains(id), "nothing has come due at submission");
        assertTrue(watcher().candidates(fresh.getWatchAt()).contains(id));

        Instant muchLater = fresh.getSubmittedAt().plus(Duration.ofDays(30));
        watcher().check(id, muchLater);

        assertEquals(2, reload(id).getEscalations().size(),
                "one reading gave every breach and escalation due by then (no one has it: the head, once per clock)");
        assertNull(reload(id).getWatchAt(), "nothing is left to come due");
        assertFalse(watcher().candidates(muchLater).contains(id));
    }

    @Test
    default void aResolvedRequestClosesItselfAndTheRequesterIsTold() {
        long id = logged("Keyboard " + System.nanoTime()).getId();
        requests().act(id, reload(id).getVersion(), "priya.nair", Requests.Act.ASK, "Which layout?", null);
        assertTrue(notifications().unread("lena.fischer") > 0);
        assertTrue(notifications().recent("lena.fischer", 50).stream().anyMatch(n -> Long.valueOf(id).equals(n.getRequestId()) && n.getKind().equals("QUESTION")));
        requests().act(id, reload(id).getVersion(), "lena.fischer", Requests.Act.ANSWER, "German", null);
        requests().act(id, reload(id).getVersion(), "priya.nair", Requests.Act.RESOLVE, "Delivered", null);

        try {
            clock().advance(Duration.ofDays(2));
            watcher().check(id, clock().instant());
            assertEquals(RequestStatus.RESOLVED, reload(id).getStatus(), "within the agreed days");
            clock().advance(Duration.ofDays(4));
            Instant afterTheWindow = clock().instant();
            watcher().check(id, afterTheWindow);
            PeerRequest closed = reload(id);
            assertEquals(RequestStatus.CLOSED, closed.getStatus());
            assertTrue(requestCalendars().clocksAt(closed, afterTheWindow).stream()
                    .anyMatch(c -> c.measure() == Measure.CONFIRMATION && c.isBreached()), "closing by itself breaches confirmation");
            assertThrows(RuleViolation.class, () -> requests().act(id, reload(id).getVersion(), "lena.fischer",
                    Requests.Act.CONFIRM, null, null), "closed: nothing left to confirm");
        } finally {
            clock().reset();
        }
    }

    @Test
    default void theProviderHandsARequestToAnotherDepartment() {
        PeerRequest request = logged("Wall socket " + System.nanoTime());
        long id = request.getId();
        Option facilities = handOffs().targets(reload(id)).stream()
                .filter(o -> o.label().startsWith("Facilities")).findFirst().orElseThrow();
        long next = handOffs().handOff(id, reload(id).getVersion(), "priya.nair", facilities.id(), "It is the socket, not the laptop.");

        assertEquals(RequestStatus.HANDED_OFF, reload(id).getStatus());
        assertEquals(1, reload(id).getFigures().handoffCount());
        PeerRequest there = requests().detail(next, "lena.fischer");
        assertEquals("Facilities", there.getProvider().getName());
        assertEquals(id, there.getHandedFrom().getId());
        assertEquals(RequestStatus.NEW, there.getStatus());
    }

    @Test
    default void theQueueShowsWhatIsBreachedAndWhatIsAtRisk() {
        PageRequest all = new PageRequest(0, 100, null, true, "");
        RequestDirectory.Viewer priya = requestDirectory().viewer("priya.nair");
        List<RequestRow> breached = requestDirectory().page(RequestDirectory.Scope.QUEUE_BREACHED, priya, all);
        assertFalse(breached.isEmpty(), "the demo has requests IT never answered");
        Instant now = clock().instant();
        assertTrue(breached.stream().allMatch(r -> r.resolutionDue().isBefore(now)));
        assertTrue(breached.stream().allMatch(r -> r.urgency() == RequestRow.Urgency.OVERDUE), "each row comes with its cue");
        assertTrue(requestDirectory().page(RequestDirectory.Scope.QUEUE_AT_RISK, priya, all).stream()
                .allMatch(r -> r.resolutionDue().isAfter(now) && r.urgency() == RequestRow.Urgency.AT_RISK));
    }

    @Test
    default void theListsShowMineAndTheQueue() {
        String title = "Docking station " + System.nanoTime();
        long id = logged(title).getId();
        PageRequest search = new PageRequest(0, 20, null, true, title);
        RequestDirectory.Viewer lena = requestDirectory().viewer("lena.fischer");
        RequestDirectory.Viewer sofia = requestDirectory().viewer("sofia.berg");

        assertEquals(List.of(id), requestDirectory().page(RequestDirectory.Scope.MINE, lena, search).stream().map(RequestRow::id).toList());
        assertEquals(List.of(id), requestDirectory().page(RequestDirectory.Scope.QUEUE_UNASSIGNED, sofia, search).stream().map(RequestRow::id).toList());
        assertTrue(requestDirectory().page(RequestDirectory.Scope.QUEUE_OPEN, requestDirectory().viewer("oliver.grant"), search).isEmpty(), "Finance is not the provider");

        requests().act(id, reload(id).getVersion(), "sofia.berg", Requests.Act.TAKE, null, null);
        assertEquals(1, requestDirectory().count(RequestDirectory.Scope.QUEUE_ASSIGNED_TO_ME, sofia, search));
        assertFalse(requestDirectory().page(RequestDirectory.Scope.QUEUE_UNASSIGNED, sofia, search).stream().anyMatch(r -> r.id() == id));
    }
}
