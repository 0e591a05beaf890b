package org.servicepact.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.servicepact.organisation.application.Employees;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.agreement.domain.Side;
import org.servicepact.feedback.domain.Rating;
import org.servicepact.feedback.domain.RatingWindow;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.application.Requests;
import org.servicepact.request.domain.PeerRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Rating the other side of a resolved request, reading ratings under the blind rule, and what is left to rate. */
@ApplicationScoped
public class Ratings {

    private static final int DUE_SHOWN = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Requests requests;

    @Inject
    Employees employees;

    @Inject
    Clock clock;

    @Inject
    Event<RatingGiven> ratingsGiven;

    /** The ratings of a request as this person may see them; refused to anyone who may not see the request. */
    public RequestRatings of(long requestId, String username) {
        Employee me = employees.named(username);
        return of(requests.visibleTo(requestId, me), me);
    }

    /**
     * The same for a request its page has read already, with its sides, people and escalations: only the ratings are
     * read (who may see the request is checked again on what was read).
     */
    public RequestRatings of(PeerRequest request, Employee me) {
        request.requireVisibleTo(me);
        Side sideIRate = sideRatedBy(request, me);
        RatingWindow window = new RatingWindow(request.getFigures().ratingClosesAt());
        if (sideIRate == null) {
            return new RequestRatings(null, false, request.getFigures().ratingClosesAt(), null, null, false);
        }
        Instant now = clock.instant();
        Rating mine = null;
        Rating theirs = null;
        for (Rating rating : both(request)) {
            if (rating.getRatedSide() == sideIRate) {
                mine = rating;
            } else {
                theirs = rating;
            }
        }
        boolean revealed = window.reveals(mine != null, theirs != null, now);
        return new RequestRatings(sideIRate, mine == null && window.isOpenAt(now), request.getFigures().ratingClosesAt(), mine,
                revealed ? theirs : null, theirs != null);
    }

    @Transactional
    public Rating rate(long requestId, String username, RatingForm form) {
        Employee me = employees.named(username);
        PeerRequest request = requests.visibleTo(requestId, me);
        // Serialises the two sides' ratings and a second click on the same request.
        em.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Side side = sideRatedBy(request, me);
        if (side == null) {
            throw RuleViolation.ofForm("rating.notYours");
        }
        if (find(request, side).isPresent()) {
            throw RuleViolation.ofForm("rating.alreadyGiven");
        }
        Rating rating = new Rating(request, side, me, form.scores(), form.getComment(), clock.instant());
        em.persist(rating);
        ratingsGiven.fire(new RatingGiven(request, clock.instant()));
        em.flush();
        return rating;
    }

    /** The ratings this person still owes, the soonest to close first. */
    public List<FeedbackDue> toGive(String username) {
        return toGive(employees.named(username));
    }

    /** {@link #toGive(String)} for the person already read. */
    public List<FeedbackDue> toGive(Employee me) {
        Instant now = clock.instant();
        List<FeedbackDue> due = new ArrayList<>(dueAs(me, Side.PROVIDER, now));
        due.addAll(dueAs(me, Side.CONSUMER, now));
        due.sort(Comparator.comparing(FeedbackDue::closesAt));
        return due;
    }

    private List<FeedbackDue> dueAs(Employee me, Side rated, Instant now) {
        // The requester rates the provider and its assignee; the assignee rates the consumer and its requester.
        String rater = rated == Side.PROVIDER ? "r.requester" : "r.assignee";
        String otherParty = rated == Side.PROVIDER ? "r.provider" : "r.consumer";
        String otherPerson = rated == Side.PROVIDER ? "r.assignee" : "r.requester";
        return em.createQuery("SELECT r.id, r.title, o.name, x.fullName, r.figures.ratingClosesAt"
                        + " FROM PeerRequest r JOIN " + otherParty + " o JOIN " + otherPerson + " x"
                        + " WHERE " + rater + " = :me AND r.figures.ratingClosesAt > :now AND NOT EXISTS"
                        + " (SELECT g.id FROM Rating g WHERE g.request = r AND g.ratedSide = :side)"
                        + " ORDER BY r.figures.ratingClosesAt", Object[].class)
                .setParameter("side", rated).setParameter("me", me).setParameter("now", now)
                .setMaxResults(DUE_SHOWN).getResultStream()
                .map(row -> new FeedbackDue((Long) row[0], (String) row[1], rated, (String) row[2], (String) row[3], (Instant) row[4]))
                .toList();
    }

    /** The request's ratings, one per rated side at most: both sides' in one statement. */
    private List<Rating> both(PeerRequest request) {
        return em.createQuery("SELECT g FROM Rating g WHERE g.request = :r", Rating.class).setParameter("r", request)
                .getResultList();
    }

    private Optional<Rating> find(PeerRequest request, Side ratedSide) {
        return em.createQuery("SELECT g FROM Rating g WHERE g.request = :r AND g.ratedSide = :side", Rating.class)
                .setParameter("r", request).setParameter("side", ratedSide).getResultStream().findFirst();
    }

    /** The requester rates the provider; the assignee rates the requester; anyone else rates nobody. */
    private static Side sideRatedBy(PeerRequest request, Employee employee) {
        if (request.isRequester(employee)) {
            return Side.PROVIDER;
        }
        return employee.equals(request.getAssignee()) ? Side.CONSUMER : null;
    }
}
