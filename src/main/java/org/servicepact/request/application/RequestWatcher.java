package org.servicepact.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Side;
import org.servicepact.platform.i18n.Message;
import org.servicepact.request.domain.ClockReading;
import org.servicepact.request.domain.Escalation;
import org.servicepact.request.domain.PeerRequest;
import org.servicepact.request.domain.RequestAlert;
import org.servicepact.request.domain.RequestStatus;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Watches the provider's clocks of open requests: warns at 75 %, escalates to the supervisor at the breach
 * and to the provider's head when the breach lasts past the agreement's delay, each exactly once (the
 * raised alerts are stored); closes resolved requests whose confirmation window has passed; and brings
 * requests whose cached figures are outdated up to date.
 */
@ApplicationScoped
public class RequestWatcher {

    /** The provider's clocks that warn and escalate. */
    static final List<Measure> WATCHED = List.of(Measure.FIRST_RESPONSE, Measure.RESOLUTION);

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestNotifier notifier;

    @Inject
    RequestFigures figures;

    @Inject
    RequestCalendars calendars;

    /**
     * The requests to look at by {@code now}: those whose next warning, breach, escalation or automatic close
     * has come (the instant each request keeps, indexed), not every open request.
     */
    public List<Long> candidates(Instant now) {
        return em.createQuery("SELECT r.id FROM PeerRequest r WHERE r.watchAt <= :now ORDER BY r.watchAt", Long.class)
                .setParameter("now", now).getResultList();
    }

    /** Looks at one request as of {@code now}, in a transaction of its own. */
    @Transactional
    public void check(long requestId, Instant now) {
        PeerRequest request = em.find(PeerRequest.class, requestId);
        if (request == null || request.getStatus().isFinal()) {
            return;
        }
        if (request.getStatus() == RequestStatus.RESOLVED) {
            if (now.isAfter(request.autoCloseAfter())) {
                request.autoClose(now);
                notifier.tell(request, request.getRequester(), RequestNotice.Kind.AUTO_CLOSED);
                figures.refresh(request, calendars.clocksAt(request, now), now, true);
            }
            return;
        }
        Set<String> raised = new HashSet<>(em.createNamedQuery(RequestAlert.RAISED, String.class)
                .setParameter("request", requestId).getResultList());
        List<ClockReading> clocks = calendars.clocksAt(request, now);
        for (ClockReading clock : clocks) {
            if (WATCHED.contains(clock.measure()) && clock.stopped() == null && clock.canComeDue()) {
                watch(request, clock, raised, now);
            }
        }
        figures.refresh(request, clocks, now, true);
        em.flush();
    }

    private void watch(PeerRequest request, ClockReading clock, Set<String> raised, Instant now) {
        String key = clock.measure() + ":" + clock.cycle();
        boolean atRisk = clock.state() == ClockReading.State.AT_RISK || clock.isBreached();
        Message measure = Message.of("agreement.measure." + clock.measure());
        if (atRisk && raise(request, "WARNING:" + key, raised, now)) {
            notifier.tell(request, request.getAssignee() != null ? request.getAssignee()
                    : request.escalationTarget(Side.PROVIDER, Escalation.Level.HEAD), RequestNotice.Kind.WARNING, measure);
        }
        if (clock.isBreached() && raise(request, "BREACH:" + key, raised, now)) {
            notifier.tell(request, request.getAssignee(), RequestNotice.Kind.BREACHED, measure);
            escalate(request, Escalation.Level.SUPERVISOR, measure, now);
        }
        Instant headAfter = calendars.headEscalationAt(request.getAgreementVersion(), clock.due());
        if (clock.isBreached() && !now.isBefore(headAfter) && raise(request, "HEAD:" + key, raised, now)) {
            escalate(request, Escalation.Level.HEAD, measure, now);
        }
    }

    /**
     * Escalates the provider's breach of the named clock to the given level; the escalation and the notice keep
     * the reason language-neutral.
     */
    private void escalate(PeerRequest request, Escalation.Level level, Message measure, Instant now) {
        if (request.escalationTarget(Side.PROVIDER, level) == null) {
            return;
        }
        Message reason = Message.of("escalation.automatic." + level, measure);
        Escalation escalation = request.escalateProviderBreach(level, reason, now);
        notifier.tell(request, escalation.getEscalatedTo(), RequestNotice.Kind.ESCALATED, reason);
    }

    /** Requests whose cached figures follow an older definition than the code's, at most {@code limit}. */
    public List<Long> withOutdatedFigures(int limit) {
        return em.createQuery("SELECT r.id FROM PeerRequest r WHERE r.figuresVersion < :current ORDER BY r.id", Long.class)
                .setParameter("current", RequestFigures.VERSION).setMaxResults(limit).getResultList();
    }

    /** Recomputes the cached figures of these requests from their logs, in one transaction. */
    @Transactional
    public void refreshFigures(List<Long> requestIds) {
        requestIds.forEach(id -> figures.refresh(em.find(PeerRequest.class, id)));
        em.flush();
    }

    /** Records the alert unless it was raised before; answers whether it is new. */
    private boolean raise(PeerRequest request, String alert, Set<String> raised, Instant now) {
        if (!raised.add(alert)) {
            return false;
        }
        em.persist(new RequestAlert(request.getId(), alert, now));
        return true;
    }
}
