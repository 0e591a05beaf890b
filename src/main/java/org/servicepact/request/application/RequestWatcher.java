package org.servicepact.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Side;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.i18n.Message;
import org.servicepact.request.domain.ClockReading;
import org.servicepact.request.domain.Escalation;
import org.servicepact.request.domain.PeerRequest;
import org.servicepact.request.domain.RequestAlert;
import org.servicepact.request.domain.RequestStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Watches the provider's clocks of open requests: warns at 75 %, escalates to the supervisor at the breach
 * and to the provider's head when the breach lasts past the agreement's delay, each exactly once (the
 * raised alerts are stored); closes resolved requests whose confirmation window has passed; and brings
 * requests whose cached figures are outdated up to date.
 *
 * <p>Each notice is dated when what it tells happened (a breach at its due time). A clock already breached gets no
 * warning; a person gets one escalation of a clock (the head who is also the supervisor it went to first is not
 * escalated to again). At start-up ({@link #catchUp}) what happened while the portal was down is told as a
 * summary per person and kind, not replayed as news.
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

    /** What happened more than this before a catch-up was missed while the portal was down: the watcher runs every minute. */
    static final Duration MISSED = Duration.ofMinutes(5);

    /** Looks at one request as of {@code now}, in a transaction of its own. */
    @Transactional
    public void check(long requestId, Instant now) {
        look(requestId, now, null);
    }

    /**
     * The same at start-up, after the portal was down: what happened more than {@link #MISSED} before {@code now} goes
     * into the summary notices of this catch-up (one per person and kind, dated {@code now}).
     */
    @Transactional
    public void catchUp(long requestId, Instant now) {
        look(requestId, now, now);
    }

    private void look(long requestId, Instant now, Instant catchUp) {
        PeerRequest request = em.find(PeerRequest.class, requestId);
        if (request == null || request.getStatus().isFinal()) {
            return;
        }
        if (request.getStatus() == RequestStatus.RESOLVED) {
            if (now.isAfter(request.autoCloseAfter())) {
                Instant closable = request.autoCloseAfter();
                request.autoClose(now);
                notifier.tell(request, request.getRequester(), RequestNotice.Kind.AUTO_CLOSED, null, closable,
                        summarised(closable, catchUp));
                figures.refresh(request, calendars.clocksAt(request, now), now, true);
            }
            return;
        }
        Set<String> raised = new HashSet<>(em.createNamedQuery(RequestAlert.RAISED, String.class)
                .setParameter("request", requestId).getResultList());
        List<ClockReading> clocks = calendars.clocksAt(request, now);
        for (ClockReading clock : clocks) {
            if (WATCHED.contains(clock.measure()) && clock.stopped() == null && clock.canComeDue()) {
                watch(request, clock, raised, now, catchUp);
            }
        }
        figures.refresh(request, clocks, now, true);
        em.flush();
    }

    private void watch(PeerRequest request, ClockReading clock, Set<String> raised, Instant now, Instant catchUp) {
        String key = clock.measure() + ":" + clock.cycle();
        boolean atRisk = clock.state() == ClockReading.State.AT_RISK || clock.isBreached();
        Message measure = Message.of("agreement.measure." + clock.measure());
        if (atRisk && raise(request, "WARNING:" + key, raised, now) && !clock.isBreached()) {
            notifier.tell(request, request.getAssignee() != null ? request.getAssignee()
                            : request.escalationTarget(Side.PROVIDER, Escalation.Level.HEAD), RequestNotice.Kind.WARNING, measure,
                    clock.warnAt(), summarised(clock.warnAt(), catchUp));
            notifier.happened(request, RequestHappened.Kind.AT_RISK, clock.warnAt(), measure);
        }
        if (clock.isBreached() && raise(request, "BREACH:" + key, raised, now)) {
            notifier.tell(request, request.getAssignee(), RequestNotice.Kind.BREACHED, measure, clock.due(),
                    summarised(clock.due(), catchUp));
            notifier.happened(request, RequestHappened.Kind.BREACHED, clock.due(), measure);
            escalate(request, Escalation.Level.SUPERVISOR, measure, now, clock.due(), catchUp);
        }
        Instant headAfter = calendars.headEscalationAt(request.getAgreementVersion(), clock.due());
        if (clock.isBreached() && !now.isBefore(headAfter) && raise(request, "HEAD:" + key, raised, now)) {
            escalate(request, Escalation.Level.HEAD, measure, now, headAfter, catchUp);
        }
    }

    /** The catch-up's instant when what happened at {@code happened} was missed while the portal was down; else null. */
    private static Instant summarised(Instant happened, Instant catchUp) {
        return catchUp != null && happened.isBefore(catchUp.minus(MISSED)) ? catchUp : null;
    }

    /**
     * Escalates the provider's breach of the named clock to the given level, unless the person it would reach already
     * has this clock's escalation (the head, when the request had no one or its supervisor is the head); the escalation
     * and the notice keep the reason language-neutral.
     */
    private void escalate(PeerRequest request, Escalation.Level level, Message measure, Instant now, Instant happened,
                          Instant catchUp) {
        Employee target = request.escalationTarget(Side.PROVIDER, level);
        if (target == null || alreadyEscalated(request, target, measure)) {
            return;
        }
        Message reason = Message.of("escalation.automatic." + level, measure);
        Escalation escalation = request.escalateProviderBreach(level, reason, now);
        notifier.tell(request, escalation.getEscalatedTo(), RequestNotice.Kind.ESCALATED, reason, happened,
                summarised(happened, catchUp));
        notifier.happened(request, RequestHappened.Kind.ESCALATED, happened, reason);
    }

    private static boolean alreadyEscalated(PeerRequest request, Employee target, Message measure) {
        return request.getEscalations().stream().anyMatch(escalation -> escalation.getCause() != Escalation.Cause.BY_HAND
                && escalation.getBreachedSide() == Side.PROVIDER && escalation.getEscalatedTo().equals(target)
                && escalation.getReason().arguments().contains(measure));
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
