package org.servicepact.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * The stored counters of {@link LoginThrottle}, each change in a transaction of its own, so that a failure is
 * counted whatever else happens to the sign-in, and two failures at once on one subject are counted in turn.
 */
@ApplicationScoped
public class ThrottleCounters {

    @PersistenceContext
    EntityManager em;

    /** The counters of these subjects (those that exist). */
    @Transactional
    public List<ThrottleCounter> of(List<String> subjects) {
        return em.createQuery("SELECT t FROM ThrottleCounter t WHERE t.subject IN :subjects", ThrottleCounter.class)
                .setParameter("subjects", subjects).getResultList();
    }

    /** Creates the counter of a subject; fails if another sign-in created it a moment ago, which is as good. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String subject) {
        em.persist(new ThrottleCounter(subject));
    }

    /** What counting a failure did. */
    public enum Counted { NO_COUNTER_YET, COUNTED, LOCKED }

    /** Counts a failure on the subject's counter, holding its row until the count is written. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Counted countFailure(String subject, LockRule rule, Instant now) {
        ThrottleCounter counter = em.find(ThrottleCounter.class, subject, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            return Counted.NO_COUNTER_YET;
        }
        return counter.countFailure(rule, now) ? Counted.LOCKED : Counted.COUNTED;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clear(String subject) {
        em.createQuery("DELETE FROM ThrottleCounter t WHERE t.subject = :subject").setParameter("subject", subject)
                .executeUpdate();
    }
}
