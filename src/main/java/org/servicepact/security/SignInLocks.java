package org.servicepact.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.paging.PageSource;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The accounts and client addresses locked now by too many failed sign-ins, for administrators, paged in the database. */
@ApplicationScoped
@Transactional
public class SignInLocks implements PageSource<SignInLocks.Lock> {

    private static final String LOCKED = " FROM ThrottleCounter t WHERE t.lockedUntil > :now";
    private static final String MATCHING = "LOWER(t.subject) LIKE :search ESCAPE '\\'";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LoginThrottle throttle;

    /** One locked subject: an account (by the username typed, known or not) or a client address. */
    public record Lock(String subject, boolean account, String name, int failures, Instant lastFailureAt,
                       Instant lockedUntil) implements Serializable {

        static Lock of(ThrottleCounter counter) {
            return new Lock(counter.getSubject(), LoginThrottle.isAccount(counter.getSubject()),
                    LoginThrottle.nameIn(counter.getSubject()), counter.getFailures(), counter.getLastFailureAt(),
                    counter.getLockedUntil());
        }
    }

    @Override
    public List<Lock> page(PageRequest request) {
        TypedQuery<ThrottleCounter> query = em.createQuery("SELECT t" + LOCKED + request.andSearch(MATCHING) + " ORDER BY t.lockedUntil DESC, t.subject",
                ThrottleCounter.class);
        return bind(query, request).setFirstResult(request.first()).setMaxResults(request.size())
                .getResultStream().map(Lock::of).toList();
    }

    @Override
    public long count(PageRequest request) {
        return bind(em.createQuery("SELECT COUNT(t)" + LOCKED + request.andSearch(MATCHING), Long.class), request).getSingleResult();
    }

    /** Lets the account or address sign in again at once. */
    public void unlock(String subject) {
        throttle.unlock(subject);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, PageRequest request) {
        return request.bindSearch(query.setParameter("now", clock.instant()));
    }
}
