package org.servicepact.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.request.domain.RequestStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What requests wait on a person, for their to-do list: questions to answer and resolutions to confirm (as requester),
 * requests they have and requests of their department's queue nobody has taken (as provider). Each list is one
 * query, at most {@link #SHOWN} long, the most urgent first.
 */
@ApplicationScoped
public class RequestWork {

    static final int SHOWN = 20;

    private static final List<RequestStatus> OPEN = List.of(RequestStatus.NEW, RequestStatus.IN_PROGRESS,
            RequestStatus.WAITING_ON_REQUESTER);

    @PersistenceContext
    EntityManager em;


    /**
     * My requests whose provider asked me a question, the longest waiting first: since the question (my clock for
     * answering is read on the request's page; the list keeps no due time for it).
     */
    public List<WaitingRequest> questionsFor(Employee me) {
        return em.createQuery("SELECT r.id, r.title, p.name, r.lastEventAt FROM PeerRequest r JOIN r.provider p WHERE r.requester = :me"
                        + " AND r.status = :waiting ORDER BY r.lastEventAt, r.id", Object[].class)
                .setParameter("me", me).setParameter("waiting", RequestStatus.WAITING_ON_REQUESTER).setMaxResults(SHOWN).getResultStream()
                .map(row -> new WaitingRequest((Long) row[0], (String) row[1], (String) row[2], (Instant) row[3], null, null)).toList();
    }

    /** My resolved requests to confirm (or reopen), due when they would close by themselves, the soonest first. */
    public List<WaitingRequest> resolutionsFor(Employee me) {
        return em.createQuery("SELECT r.id, r.title, p.name, r.lastEventAt, v.autoCloseDays FROM PeerRequest r JOIN r.provider p"
                        + " JOIN r.agreementVersion v WHERE r.requester = :me AND r.status = :resolved ORDER BY r.lastEventAt, r.id",
                        Object[].class)
                .setParameter("me", me).setParameter("resolved", RequestStatus.RESOLVED).setMaxResults(SHOWN).getResultStream()
                .map(row -> {
                    Instant resolved = (Instant) row[3];
                    Instant closes = resolved.plus(Duration.ofDays(((Number) row[4]).longValue()));
                    return new WaitingRequest((Long) row[0], (String) row[1], (String) row[2], resolved, closes, closes.minus(Duration.ofDays(1)));
                }).toList();
    }

    /** The open requests I have, the soonest due first. */
    public List<WaitingRequest> assignedTo(Employee me) {
        return em.createQuery("SELECT NEW org.servicepact.request.application.WaitingRequest(r.id, r.title, c.name, r.submittedAt,"
                        + " r.resolutionDue, r.resolutionWarnAt) FROM PeerRequest r JOIN r.consumer c WHERE r.assignee = :me"
                        + " AND r.status IN :open ORDER BY r.resolutionDue, r.id", WaitingRequest.class)
                .setParameter("me", me).setParameter("open", OPEN).setMaxResults(SHOWN).getResultList();
    }

    /** The open requests of my department nobody has taken, the soonest due first. */
    public List<WaitingRequest> untakenInQueueOf(Employee me) {
        return em.createQuery("SELECT NEW org.servicepact.request.application.WaitingRequest(r.id, r.title, c.name, r.submittedAt,"
                        + " r.resolutionDue, r.resolutionWarnAt) FROM PeerRequest r JOIN r.consumer c WHERE r.provider = :department"
                        + " AND r.assignee IS NULL AND r.status IN :open ORDER BY r.resolutionDue, r.id", WaitingRequest.class)
                .setParameter("department", me.getDepartment()).setParameter("open", OPEN).setMaxResults(SHOWN).getResultList();
    }
}
