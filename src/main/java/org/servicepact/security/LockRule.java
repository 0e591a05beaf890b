package org.servicepact.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * How failed sign-ins of one subject (an account or a client address) turn into a lock: the first
 * {@code freeFailures} cost nothing, each further one locks the subject for twice as long as the one before
 * (from {@code firstLock} up to {@code longestLock}), and failures are forgotten once none came for
 * {@code forgetAfter}.
 */
public record LockRule(int freeFailures, Duration firstLock, Duration longestLock, Duration forgetAfter) implements Serializable {

    /** An account: five tries, then 1, 2, 4 … minutes up to an hour; the count lasts a day. */
    public static final LockRule ACCOUNT = new LockRule(5, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofDays(1));

    /** A client address, which a whole office may share behind one router: more tries, forgotten sooner. */
    public static final LockRule ADDRESS = new LockRule(20, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofHours(1));

    /** The failures counted after one more at {@code now}, given the count and the time of the last one. */
    public int failuresAfterOneMore(int failures, Instant lastFailureAt, Instant now) {
        boolean forgotten = lastFailureAt == null || !lastFailureAt.plus(forgetAfter).isAfter(now);
        return (forgotten ? 0 : failures) + 1;
    }

    /** Until when a subject with so many failures, the last at {@code now}, is locked; {@code null} if it is not. */
    public Instant lockedUntil(int failures, Instant now) {
        int beyond = failures - freeFailures;
        if (beyond < 0) {
            return null;
        }
        Duration lock = beyond >= 30 ? longestLock : firstLock.multipliedBy(1L << beyond);
        return now.plus(lock.compareTo(longestLock) > 0 ? longestLock : lock);
    }
}
