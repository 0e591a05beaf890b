package org.servicepact.portal;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servicepact.agreement.domain.Side;
import org.servicepact.feedback.application.LetterDirectory;
import org.servicepact.feedback.application.LetterForm;
import org.servicepact.feedback.application.LetterRow;
import org.servicepact.feedback.application.Letters;
import org.servicepact.feedback.application.RatingForm;
import org.servicepact.feedback.application.Ratings;
import org.servicepact.feedback.application.RequestRatings;
import org.servicepact.feedback.domain.Letter;
import org.servicepact.feedback.domain.Principle;
import org.servicepact.notification.application.Notifications;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.application.Requests;
import org.servicepact.request.domain.PeerRequest;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service culture in the container: two-way ratings under the blind rule, letters routed to someone in
 * authority, and who may read what. One deployment serves every test here.
 */
@ExtendWith(ArquillianExtension.class)
class CultureIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTestRunner();
    }

    @Inject
    Requests requests;

    @Inject
    Ratings ratings;

    @Inject
    Letters letters;

    @Inject
    LetterDirectory letterDirectory;

    @Inject
    Notifications notifications;

    @PersistenceContext
    EntityManager em;

    /** Lena (Finance) asks IT under "IT services for Finance"; Priya resolves it. */
    private long resolvedRequest(String title) {
        long id = requests.log(DemoRequestForms.lenaAsksIt(requests, title), "lena.fischer").getId();
        requests.act(id, version(id), "priya.nair", Requests.Act.ACKNOWLEDGE, null, null);
        requests.act(id, version(id), "priya.nair", Requests.Act.RESOLVE, "Done.", null);
        return id;
    }

    private long version(long requestId) {
        em.clear();
        return em.find(PeerRequest.class, requestId).getVersion();
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
        form.setAboutEmployeeId(em.createNamedQuery(Employee.BY_USERNAME, Employee.class).setParameter("username", username)
                .getSingleResult().getId());
        form.setSubject(subject);
        form.setBody("Said in a few words.");
        return form;
    }

    private List<LetterRow> letters(LetterDirectory.Scope scope, String username, String subject) {
        return letterDirectory.page(scope, username, new PageRequest(0, 50, null, true, subject));
    }

    @Test
    void bothSidesRateAndEachSeesTheOtherOnlyAfterRatingThemselves() {
        long id = resolvedRequest("Rated both ways " + System.nanoTime());
        assertTrue(ratings.toGive("lena.fischer").stream().anyMatch(d -> d.requestId() == id && d.sideToRate() == Side.PROVIDER));
        assertTrue(ratings.toGive("priya.nair").stream().anyMatch(d -> d.requestId() == id && d.sideToRate() == Side.CONSUMER));

        ratings.rate(id, "priya.nair", scores(5, 2, 4, 3, false));
        RequestRatings lenaBefore = ratings.of(id, "lena.fischer");
        assertTrue(lenaBefore.mayRate());
        assertTrue(lenaBefore.theirsGiven());
        assertNull(lenaBefore.theirs(), "blind: Lena has not rated yet");

        ratings.rate(id, "lena.fischer", scores(4, 5, 5, 4, true));
        RequestRatings lenaAfter = ratings.of(id, "lena.fischer");
        assertFalse(lenaAfter.mayRate());
        assertEquals(2, lenaAfter.theirs().scores().get(Principle.CLARITY), "Priya's rating of Lena, now shown");
        assertEquals(5, ratings.of(id, "priya.nair").theirs().scores().get(Principle.HELPFULNESS));
        assertTrue(ratings.toGive("lena.fischer").stream().noneMatch(d -> d.requestId() == id));
    }

    @Test
    void aSecondRatingOrABystandersRatingIsRefusedAndNothingIsKept() {
        long id = resolvedRequest("Rated once " + System.nanoTime());
        ratings.rate(id, "lena.fischer", scores(4, 4, 4, 4, true));
        assertEquals("rating.alreadyGiven", assertThrows(RuleViolation.class,
                () -> ratings.rate(id, "lena.fischer", scores(1, 1, 1, 1, true))).messageKey());
        assertEquals("rating.notYours", assertThrows(RuleViolation.class,
                () -> ratings.rate(id, "fatima.rahman", scores(1, 1, 1, 1, true))).messageKey());
        assertEquals("request.notVisible", assertThrows(RuleViolation.class, () -> ratings.of(id, "grace.mensah")).messageKey(),
                "HR does not read a request's ratings");
        assertEquals(1L, em.createQuery("SELECT COUNT(g) FROM Rating g WHERE g.request.id = :id", Long.class)
                .setParameter("id", id).getSingleResult());
    }

    @Test
    void aComplimentReachesTheSupervisorAndThePersonAtOnce() {
        String subject = "Thanks for the quick fix " + System.nanoTime();
        Letter letter = letters.write(letterAbout("daniel.okafor", Letter.Kind.COMPLIMENT, subject), "lena.fischer");
        assertEquals("priya.nair", letter.getAddressee().getUsername(), "Daniel reports to Priya");
        assertEquals(1, letters(LetterDirectory.Scope.TO_ME, "priya.nair", subject).size());
        assertEquals(1, letters(LetterDirectory.Scope.ABOUT_ME, "daniel.okafor", subject).size());
        assertTrue(notifications.recent("priya.nair", 5).stream().anyMatch(n -> letter.getId().equals(n.getLetterId())));

        letters.acknowledge(letter.getId(), letter.getVersion(), "priya.nair", "Passed on with thanks.");
        em.clear();
        Letter stored = letters.detail(letter.getId(), "lena.fischer");
        assertEquals(Letter.Status.CLOSED, stored.getStatus());
        assertNotNull(stored.getAcknowledgedAt());
    }

    @Test
    void aComplaintIsHiddenFromItsSubjectUntilAcknowledgedThenAnsweredAndClosed() {
        String subject = "Nobody called back " + System.nanoTime();
        Letter letter = letters.write(letterAbout("daniel.okafor", Letter.Kind.COMPLAINT, subject), "lena.fischer");
        assertTrue(letters(LetterDirectory.Scope.ABOUT_ME, "daniel.okafor", subject).isEmpty());
        assertEquals("letter.notVisible", assertThrows(RuleViolation.class,
                () -> letters.detail(letter.getId(), "daniel.okafor")).messageKey());
        assertEquals("letter.notVisible", assertThrows(RuleViolation.class,
                () -> letters.detail(letter.getId(), "grace.mensah")).messageKey(), "HR reads no individual letter");
        assertEquals("letter.notYours", assertThrows(RuleViolation.class,
                () -> letters.acknowledge(letter.getId(), letter.getVersion(), "marco.rossi", "Not mine")).messageKey());

        letters.acknowledge(letter.getId(), letter.getVersion(), "priya.nair", "I will find out what happened.");
        assertEquals(1, letters(LetterDirectory.Scope.ABOUT_ME, "daniel.okafor", subject).size());
        assertEquals("edit.stale", assertThrows(RuleViolation.class, () -> letters.close(letter.getId(), letter.getVersion(),
                "priya.nair", "Answered", Letter.Outcome.UPHELD)).messageKey(), "a stale page cannot close it");
        em.clear();
        long seen = letters.detail(letter.getId(), "priya.nair").getVersion();
        letters.close(letter.getId(), seen, "priya.nair", "We now call back within a day.", Letter.Outcome.UPHELD);
        em.clear();
        assertEquals(Letter.Outcome.UPHELD, letters.detail(letter.getId(), "lena.fischer").getOutcome());
        assertEquals(1, letters(LetterDirectory.Scope.ABOUT_MY_DEPARTMENT, "marco.rossi", subject).size(),
                "the head of IT sees letters about IT's people");
    }

    @Test
    void aLetterAboutARequestTheWriterCannotSeeIsRefused() {
        long id = resolvedRequest("Not for Sales " + System.nanoTime());
        LetterForm form = letterAbout("priya.nair", Letter.Kind.COMPLAINT, "About someone else's request");
        form.setRequestId(id);
        assertEquals("requestId", assertThrows(RuleViolation.class, () -> letters.write(form, "ben.carter")).field(),
                "Ben works in HR, outside the request's two departments");
    }
}
