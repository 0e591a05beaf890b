package org.servicepact.portal;

import jakarta.transaction.UserTransaction;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Side;
import org.servicepact.agreement.domain.VersionStatus;
import org.servicepact.feedback.application.LetterDirectory;
import org.servicepact.feedback.application.LetterForm;
import org.servicepact.feedback.application.LetterRow;
import org.servicepact.feedback.application.Letters;
import org.servicepact.feedback.application.RatingForm;
import org.servicepact.feedback.application.Ratings;
import org.servicepact.feedback.application.RequestRatings;
import org.servicepact.feedback.domain.Letter;
import org.servicepact.feedback.domain.Principle;
import org.servicepact.feedback.domain.Rating;
import org.servicepact.insight.application.CultureFigures;
import org.servicepact.insight.application.CultureReports;
import org.servicepact.insight.application.FigureFilter;
import org.servicepact.insight.application.FigureKey;
import org.servicepact.insight.application.Period;
import org.servicepact.insight.application.TieMonthRollup;
import org.servicepact.insight.application.TieReport;
import org.servicepact.insight.domain.TieFigures;
import org.servicepact.organisation.domain.Department;
import org.servicepact.notification.application.Notifications;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.domain.ExternalParty;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.application.RequestHistory;
import org.servicepact.request.application.RequestHistoryImport;
import org.servicepact.request.application.Requests;
import org.servicepact.request.domain.PeerRequest;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service culture in the container: two-way ratings under the blind rule, letters routed to someone in
 * authority, and who may read what. Run by {@link InContainerIT}, in its one deployment.
 */
interface CultureChecks {

    // what the checks use; InContainerIT injects it
    Requests requests();
    RequestHistoryImport historyImport();
    Ratings ratings();
    Letters letters();
    LetterDirectory letterDirectory();
    Notifications notifications();
    CultureFigures figures();
    CultureReports reports();
    TieMonthRollup rollup();

    ControllableClock clock();
    UserTransaction transaction();
    EntityManager em();

    /** The month of the known requests below: no demo request is that old. */
    YearMonth KNOWN_MONTH = YearMonth.of(2025, 3);

    /** Lena (Finance) asks IT under "IT services for Finance"; Priya resolves it. */
    private long resolvedRequest(String title) {
        long id = requests().log(DemoRequestForms.lenaAsksIt(requests(), title), "lena.fischer").getId();
        requests().act(id, version(id), "priya.nair", Requests.Act.ACKNOWLEDGE, null, null);
        requests().act(id, version(id), "priya.nair", Requests.Act.RESOLVE, "Done.", null);
        return id;
    }

    private long version(long requestId) {
        em().clear();
        return em().find(PeerRequest.class, requestId).getVersion();
    }

    private static RatingForm scores(int respect, int second, int third, int fourth, boolean ofProvider) {
        RatingForm form = new RatingForm().score(Principle.RESPECT, respect);
        List<Principle> rest = Principle.ratedFor(ofProvider ? Side.PROVIDER : Side.CONSUMER).subList(1, 4);
        form.score(rest.get(0), second).score(rest.get(1), third).score(rest.get(2), fourth);
        form.setComment("Fine.");
        return form;
    }

    private LetterForm letterAbout(String username, Letter.Kind kind, String subject) {
        LetterForm form = new LetterForm();
        form.setKind(kind);
        form.setAboutEmployeeId(em().createNamedQuery(Employee.BY_USERNAME, Employee.class).setParameter("username", Employee.usernameKey(username))
                .getSingleResult().getId());
        form.setSubject(subject);
        form.setBody("Said in a few words.");
        return form;
    }

    private List<LetterRow> letters(LetterDirectory.Scope scope, String username, String subject) {
        return letterDirectory().page(scope, username, new PageRequest(0, 50, null, true, subject));
    }

    @Test
    default void bothSidesRateAndEachSeesTheOtherOnlyAfterRatingThemselves() {
        long id = resolvedRequest("Rated both ways " + System.nanoTime());
        assertTrue(ratings().toGive("lena.fischer").stream().anyMatch(d -> d.requestId() == id && d.sideToRate() == Side.PROVIDER));
        assertTrue(ratings().toGive("priya.nair").stream().anyMatch(d -> d.requestId() == id && d.sideToRate() == Side.CONSUMER));

        ratings().rate(id, "priya.nair", scores(5, 2, 4, 3, false));
        RequestRatings lenaBefore = ratings().of(id, "lena.fischer");
        assertTrue(lenaBefore.mayRate());
        assertTrue(lenaBefore.theirsGiven());
        assertNull(lenaBefore.theirs(), "blind: Lena has not rated yet");

        ratings().rate(id, "lena.fischer", scores(4, 5, 5, 4, true));
        RequestRatings lenaAfter = ratings().of(id, "lena.fischer");
        assertFalse(lenaAfter.mayRate());
        assertEquals(2, lenaAfter.theirs().scores().get(Principle.CLARITY), "Priya's rating of Lena, now shown");
        assertEquals(5, ratings().of(id, "priya.nair").theirs().scores().get(Principle.HELPFULNESS));
        assertTrue(ratings().toGive("lena.fischer").stream().noneMatch(d -> d.requestId() == id));
    }

    /**
     * The ratings of a request its page has read already (the rating panel's way) answer as those read by the request's
     * id, and are refused to someone who may not see the request.
     */
    @Test
    default void theRatingsOfARequestAlreadyReadAnswerAsByItsIdAndOnlyToThoseWhoMaySeeIt() {
        long id = resolvedRequest("Read once for its page " + System.nanoTime());
        ratings().rate(id, "priya.nair", scores(5, 2, 4, 3, false));
        PeerRequest request = requests().detail(id, "lena.fischer");
        assertEquals(ratings().of(id, "lena.fischer"), ratings().of(request, employeeNamed("lena.fischer")));
        assertEquals("request.notVisible", assertThrows(RuleViolation.class,
                () -> ratings().of(request, employeeNamed("laura.schmidt"))).messageKey(), "someone of Sales");
    }

    private Employee employeeNamed(String username) {
        return em().createQuery("SELECT e FROM Employee e WHERE e.username = :username", Employee.class)
                .setParameter("username", username).getSingleResult();
    }

    @Test
    default void anActAndARatingMarkTheRequestForTheReportsThroughTheirEvents() throws Exception {
        long id = resolvedRequest("Marked for the reports " + System.nanoTime());
        assertNotNull(figuresChangedAt(id), "resolving changed what the reports count");
        transaction().begin();
        em().createNativeQuery("UPDATE peer_request SET figures_changed_at = NULL WHERE id = ?").setParameter(1, id).executeUpdate();
        transaction().commit();
        assertNull(figuresChangedAt(id));

        ratings().rate(id, "priya.nair", scores(5, 4, 4, 4, false));

        assertNotNull(figuresChangedAt(id), "a rating counts in the reports of the request's tie and month");
    }

    private Object figuresChangedAt(long requestId) {
        return em().createNativeQuery("SELECT figures_changed_at FROM peer_request WHERE id = ?").setParameter(1, requestId)
                .getSingleResult();
    }

    @Test
    default void aSecondRatingOrABystandersRatingIsRefusedAndNothingIsKept() {
        long id = resolvedRequest("Rated once " + System.nanoTime());
        ratings().rate(id, "lena.fischer", scores(4, 4, 4, 4, true));
        assertEquals("rating.alreadyGiven", assertThrows(RuleViolation.class,
                () -> ratings().rate(id, "lena.fischer", scores(1, 1, 1, 1, true))).messageKey());
        assertEquals("rating.notYours", assertThrows(RuleViolation.class,
                () -> ratings().rate(id, "fatima.rahman", scores(1, 1, 1, 1, true))).messageKey());
        assertEquals("request.notVisible", assertThrows(RuleViolation.class, () -> ratings().of(id, "grace.mensah")).messageKey(),
                "HR does not read a request's ratings");
        assertEquals(1L, em().createQuery("SELECT COUNT(g) FROM Rating g WHERE g.request.id = :id", Long.class)
                .setParameter("id", id).getSingleResult());
    }

    @Test
    default void aComplimentReachesTheSupervisorAndThePersonAtOnce() {
        String subject = "Thanks for the quick fix " + System.nanoTime();
        Letter letter = letters().write(letterAbout("daniel.okafor", Letter.Kind.COMPLIMENT, subject), "lena.fischer");
        assertEquals("priya.nair", letter.getAddressee().getUsername(), "Daniel reports to Priya");
        assertEquals(1, letters(LetterDirectory.Scope.TO_ME, "priya.nair", subject).size());
        assertEquals(1, letters(LetterDirectory.Scope.ABOUT_ME, "daniel.okafor", subject).size());
        assertTrue(notifications().recent("priya.nair", 5).stream().anyMatch(n -> letter.getId().equals(n.getLetterId())));

        letters().acknowledge(letter.getId(), letter.getVersion(), "priya.nair", "Passed on with thanks.");
        em().clear();
        Letter stored = letters().detail(letter.getId(), "lena.fischer");
        assertEquals(Letter.Status.CLOSED, stored.getStatus());
        assertNotNull(stored.getAcknowledgedAt());
    }

    @Test
    default void aComplaintIsHiddenFromItsSubjectUntilAcknowledgedThenAnsweredAndClosed() {
        String subject = "Nobody called back " + System.nanoTime();
        Letter letter = letters().write(letterAbout("daniel.okafor", Letter.Kind.COMPLAINT, subject), "lena.fischer");
        assertTrue(letters(LetterDirectory.Scope.ABOUT_ME, "daniel.okafor", subject).isEmpty());
        assertEquals("letter.notVisible", assertThrows(RuleViolation.class,
                () -> letters().detail(letter.getId(), "daniel.okafor")).messageKey());
        assertEquals("letter.notVisible", assertThrows(RuleViolation.class,
                () -> letters().detail(letter.getId(), "grace.mensah")).messageKey(), "HR reads no individual letter");
        assertEquals("letter.notYours", assertThrows(RuleViolation.class,
                () -> letters().acknowledge(letter.getId(), letter.getVersion(), "marco.rossi", "Not mine")).messageKey());

        letters().acknowledge(letter.getId(), letter.getVersion(), "priya.nair", "I will find out what happened.");
        assertEquals(1, letters(LetterDirectory.Scope.ABOUT_ME, "daniel.okafor", subject).size());
        assertEquals("edit.stale", assertThrows(RuleViolation.class, () -> letters().close(letter.getId(), letter.getVersion(),
                "priya.nair", "Answered", Letter.Outcome.UPHELD)).messageKey(), "a stale page cannot close it");
        em().clear();
        long seen = letters().detail(letter.getId(), "priya.nair").getVersion();
        letters().close(letter.getId(), seen, "priya.nair", "We now call back within a day.", Letter.Outcome.UPHELD);
        em().clear();
        assertEquals(Letter.Outcome.UPHELD, letters().detail(letter.getId(), "lena.fischer").getOutcome());
        assertEquals(1, letters(LetterDirectory.Scope.ABOUT_MY_DEPARTMENT, "marco.rossi", subject).size(),
                "the head of IT sees letters about IT's people");
    }

    @Test
    default void aLetterAboutARequestTheWriterCannotSeeIsRefused() {
        long id = resolvedRequest("Not for Sales " + System.nanoTime());
        LetterForm form = letterAbout("priya.nair", Letter.Kind.COMPLAINT, "About someone else's request");
        form.setRequestId(id);
        assertEquals("requestId", assertThrows(RuleViolation.class, () -> letters().write(form, "ben.carter")).field(),
                "Ben works in HR, outside the request's two departments");
    }

    // --- the reports(), on requests of a month no other data reaches ----------------------------------------

    private long departmentId(String code) {
        return em().createNamedQuery(Department.BY_CODE, Department.class).setParameter("code", code).getSingleResult().getId();
    }

    private static RequestHistory.Step step(String kind, String at, String actor, String text) {
        return new RequestHistory.Step(kind, Instant.parse(at), actor, text, null, null);
    }

    /** A request of March 2025 under the active agreement "title", replayed from its history. */
    private PeerRequest imported(String title, String requester, String submittedAt, RequestHistory.Step... events) {
        Long versionId = em().createQuery("SELECT v.id FROM AgreementVersion v WHERE v.agreement.title = :title AND v.status = :active",
                Long.class).setParameter("title", title)
                .setParameter("active", VersionStatus.ACTIVE).getSingleResult();
        Long serviceId = requests().version(versionId).getServices().get(0).getId();
        return historyImport().write(new RequestHistory(versionId, serviceId, requester, "P3", "Known " + System.nanoTime(),
                "For the report tests.", null, Instant.parse(submittedAt), List.of(events)));
    }

    /**
     * Facilities serves HR three times (one first response late, one request reopened) and HR serves Facilities
     * twice (one answer late, one request flagged incomplete, left unconfirmed and escalated by its requester).
     */
    private void writeKnownRequests() throws Exception {
        transaction().begin();
        String facilitiesForHr = "Facilities services for Human Resources";
        PeerRequest first = imported(facilitiesForHr, "samuel.ortiz", "2025-03-04T08:00:00Z",
                step("ACKNOWLEDGED", "2025-03-04T08:30:00Z", "aisha.bello", null),
                step("RESOLVED", "2025-03-04T10:00:00Z", "aisha.bello", "Fixed."),
                step("CONFIRMED", "2025-03-04T11:00:00Z", "samuel.ortiz", null));
        imported(facilitiesForHr, "samuel.ortiz", "2025-03-04T08:00:00Z",
                step("ACKNOWLEDGED", "2025-03-04T08:20:00Z", "aisha.bello", null),
                step("QUESTION_ASKED", "2025-03-04T08:30:00Z", "aisha.bello", "Which room?"),
                step("ANSWERED", "2025-03-04T12:00:00Z", "samuel.ortiz", "Room 3.12."),
                step("RESOLVED", "2025-03-04T14:00:00Z", "aisha.bello", "Fixed."),
                step("REOPENED", "2025-03-04T15:00:00Z", "samuel.ortiz", "Broken again."),
                step("RESOLVED", "2025-03-05T09:00:00Z", "aisha.bello", "Replaced."),
                step("CONFIRMED", "2025-03-05T10:00:00Z", "samuel.ortiz", null));
        imported(facilitiesForHr, "samuel.ortiz", "2025-03-04T08:00:00Z",
                step("ACKNOWLEDGED", "2025-03-05T08:00:00Z", "aisha.bello", null),
                step("RESOLVED", "2025-03-05T09:00:00Z", "aisha.bello", "Fixed."),
                step("CONFIRMED", "2025-03-05T10:00:00Z", "samuel.ortiz", null));
        String hrForFacilities = "HR services for Facilities";
        imported(hrForFacilities, "milan.horvat", "2025-03-04T08:00:00Z",
                step("ACKNOWLEDGED", "2025-03-04T08:15:00Z", "julia.kowalski", null),
                step("QUESTION_ASKED", "2025-03-04T08:30:00Z", "julia.kowalski", "Which contract?"),
                step("ANSWERED", "2025-03-06T08:00:00Z", "milan.horvat", "The new one."),
                step("RESOLVED", "2025-03-06T09:00:00Z", "julia.kowalski", "Done."),
                step("CONFIRMED", "2025-03-06T10:00:00Z", "milan.horvat", null));
        PeerRequest unconfirmed = imported(hrForFacilities, "milan.horvat", "2025-03-04T08:00:00Z",
                step("FLAGGED_INCOMPLETE", "2025-03-04T08:20:00Z", "julia.kowalski", "Which employee?"),
                step("ANSWERED", "2025-03-04T09:00:00Z", "milan.horvat", "Nina Petrova."),
                step("RESOLVED", "2025-03-04T10:00:00Z", "julia.kowalski", "Done."));
        em().flush();
        requests().act(unconfirmed.getId(), unconfirmed.getVersion(), "milan.horvat", Requests.Act.ESCALATE, "Not what we asked.", null);
        em().persist(new Rating(first, Side.PROVIDER, first.getRequester(), Map.of(Principle.RESPECT, 5, Principle.HELPFULNESS, 5,
                Principle.INTEGRITY, 4, Principle.WORKMANSHIP, 4), null, first.getFigures().resolvedAt().plusSeconds(3600)));
        first.markFiguresChanged(clock().instant());
        transaction().commit();
        rollup().refreshPending(clock().instant().plusSeconds(1));
    }

    @Test
    default void theReportsCountKnownRequestsInBothDirectionsOfATie() throws Exception {
        writeKnownRequests();
        long facilities = departmentId("FAC");
        long hr = departmentId("HR");
        Period march = new Period(KNOWN_MONTH, KNOWN_MONTH);
        Map<FigureKey, TieFigures> byTie = figures().figures(FigureFilter.involving(march, facilities), CultureFigures.Grouping.TIE);

        TieFigures facilitiesServesHr = byTie.get(new FigureKey(facilities, hr, 0));
        assertEquals(3, facilitiesServesHr.requests());
        assertEquals(3, facilitiesServesHr.resolved());
        assertEquals(2, facilitiesServesHr.firstTime(), "the reopened one is not first-time");
        assertEquals(1, facilitiesServesHr.reopened());
        assertEquals(5, facilitiesServesHr.providerMet(), "three first responses and three resolutions, one response late");
        assertEquals(1, facilitiesServesHr.providerBreached());
        assertEquals(0, facilitiesServesHr.consumerBreached());
        assertEquals(0, facilitiesServesHr.escalationsAboutProvider() + facilitiesServesHr.escalationsAboutConsumer());
        assertEquals(1, facilitiesServesHr.ofProvider().count());
        assertTrue(facilitiesServesHr.ofProvider().average().isEmpty(), "one rating is never shown");
        assertEquals(9000, facilitiesServesHr.providerWaitSeconds(),
                "Facilities waited for Samuel's answer from 09:30 to 12:00 (office hours, Berlin)");

        TieFigures hrServesFacilities = byTie.get(new FigureKey(hr, facilities, 0));
        assertEquals(2, hrServesFacilities.requests());
        assertEquals(2, hrServesFacilities.firstTime());
        assertEquals(4, hrServesFacilities.providerMet());
        assertEquals(0, hrServesFacilities.providerBreached());
        assertEquals(3, hrServesFacilities.consumerBreached(), "a late answer, an incomplete request, an unconfirmed resolution");
        assertEquals(1, hrServesFacilities.escalationsAboutProvider());

        TieReport tie = reports().tie("grace.mensah", facilities, hr, march);
        assertEquals(facilitiesServesHr, tie.aServesB());
        assertEquals(hrServesFacilities, tie.bServesA());
        assertEquals(List.of(KNOWN_MONTH), tie.aServesBByMonth().stream().map(m -> m.month()).toList());
        assertEquals(facilitiesServesHr, tie.aServesBByMonth().get(0).figures(), "one month: the same figures");
        assertTrue(tie.health().isPresent());
        Map<Measure, long[]> consumerClocks = figures().complianceByMeasure(
                FigureFilter.asConsumer(march, facilities), Side.CONSUMER);
        assertEquals(1, consumerClocks.get(Measure.COMPLETENESS)[1]);
        assertEquals(1, consumerClocks.get(Measure.CLARIFICATION)[1]);
    }

    /** A request of June 2025 from IT to Finance, resolved by Priya and rated by its requester. */
    private void ratedByItsRequester(String requester) {
        PeerRequest request = imported("IT services for Finance", requester, "2025-06-03T08:00:00Z",
                step("ACKNOWLEDGED", "2025-06-03T08:30:00Z", "priya.nair", null),
                step("RESOLVED", "2025-06-03T10:00:00Z", "priya.nair", "Done."));
        em().persist(new Rating(request, Side.PROVIDER, request.getRequester(), Map.of(Principle.RESPECT, 2, Principle.HELPFULNESS, 2,
                Principle.INTEGRITY, 2, Principle.WORKMANSHIP, 2), null, request.getFigures().resolvedAt().plusSeconds(60)));
        request.markFiguresChanged(clock().instant());
    }

    private void rateInJune(String... requesters) throws Exception {
        transaction().begin();
        for (String requester : requesters) {
            ratedByItsRequester(requester);
        }
        transaction().commit();
        rollup().refreshPending(clock().instant().plusSeconds(1));
    }

    @Test
    default void sevenRatingsOfWhichFiveByOnePersonShowNothingUntilFiveDifferentPeopleRated() throws Exception {
        long it = departmentId("IT");
        long finance = departmentId("FIN");
        Period june = new Period(YearMonth.of(2025, 6), YearMonth.of(2025, 6));
        rateInJune("lena.fischer", "lena.fischer", "lena.fischer", "lena.fischer", "lena.fischer", "fatima.rahman", "henrik.larsen");

        TieFigures seven = figures().figures(FigureFilter.involving(june, it), CultureFigures.Grouping.TIE).get(new FigureKey(it, finance, 0));
        assertEquals(7, seven.ofProvider().count());
        assertEquals(3, seven.ofProvider().raters());
        assertTrue(seven.ofProvider().average().isEmpty(), "three people, however often they rated, are not enough");
        assertFalse(figures().ratingsByParty(FigureFilter.all(june), Side.PROVIDER).get(it).isShown());
        assertTrue(reports().tie("grace.mensah", it, finance, june).aServesB().ofProvider().average().isEmpty());

        rateInJune("chloe.martin", "georg.bauer");

        TieReport tie = reports().tie("grace.mensah", it, finance, june);
        assertEquals(5, tie.aServesB().ofProvider().raters());
        assertEquals(2.0, tie.aServesB().ofProvider().average().getAsDouble(), 1e-9, "nine ratings by five people");
        assertEquals(5, tie.aServesBByMonth().get(0).figures().ofProvider().raters(), "the month's own count");
        assertTrue(reports().review("grace.mensah", june, null).principles().stream()
                .filter(p -> p.departmentId() == it).findFirst().orElseThrow().asProvider().isShown());
    }

    @Test
    default void theFiguresEmptiedAreMissingAndRebuiltWholeFromTheRequests() throws Exception {
        rollup().refreshPending(clock().instant().plusSeconds(1));
        FigureFilter everything = FigureFilter.all(new Period(KNOWN_MONTH, YearMonth.now()));
        Map<FigureKey, TieFigures> before = figures().figures(everything, CultureFigures.Grouping.TIE_AND_MONTH);
        assertFalse(rollup().isMissing());
        transaction().begin();
        try {
            em().createNativeQuery("DELETE FROM tie_month").executeUpdate();
            assertTrue(rollup().isMissing(), "no figures while requests exist: the reports say they are being summed");
            rollup().refreshPending(clock().instant());
            assertFalse(rollup().isMissing());
            assertEquals(before, figures().figures(everything, CultureFigures.Grouping.TIE_AND_MONTH),
                    "rebuilt from the requests(), the figures are the same");
        } finally {
            transaction().rollback();
        }
    }

    @Test
    default void aHeadSeesOnlyTheirOwnDepartmentAndOnlyHrSeesTheReview() {
        rollup().refreshPending(clock().instant().plusSeconds(1));
        Period recent = Period.lastMonths(6, YearMonth.now());
        long it = departmentId("IT");
        long facilities = departmentId("FAC");
        assertEquals("Information Technology", reports().dashboard("marco.rossi", it, recent).departmentName());
        assertEquals("insight.notYours", assertThrows(RuleViolation.class,
                () -> reports().dashboard("marco.rossi", facilities, recent)).messageKey());
        assertEquals("insight.notYours", assertThrows(RuleViolation.class,
                () -> reports().dashboard("priya.nair", it, recent)).messageKey(), "an employee has no dashboard");
        assertEquals("insight.notYours", assertThrows(RuleViolation.class,
                () -> reports().tie("marco.rossi", facilities, departmentId("HR"), recent)).messageKey());
        assertEquals("insight.hrOnly", assertThrows(RuleViolation.class,
                () -> reports().review("marco.rossi", recent, null)).messageKey());
        assertFalse(reports().review("grace.mensah", recent, null).ties().isEmpty(), "HR reads the whole organisation");
        assertTrue(reports().dashboard("grace.mensah", facilities, recent).owedNow().isEmpty(),
                "HR reads a dashboard's aggregates, not the requests behind them");
        long customer = em().createNamedQuery(ExternalParty.BY_NAME, ExternalParty.class).setParameter("name", "Northwind Logistics")
                .getSingleResult().getId();
        for (long noDepartment : new long[] {customer, -1, 987_654_321}) {
            assertEquals("record.gone", assertThrows(RuleViolation.class, () -> reports().dashboard("grace.mensah", noDepartment, recent))
                    .messageKey(), noDepartment + ": HR is told there is no such department, not shown an empty dashboard");
            assertEquals("insight.notYours", assertThrows(RuleViolation.class,
                    () -> reports().dashboard("marco.rossi", noDepartment, recent)).messageKey(), "a head is not told what exists");
        }
    }
}
