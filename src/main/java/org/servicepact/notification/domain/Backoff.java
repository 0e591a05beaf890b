package org.servicepact.notification.domain;

import java.time.Duration;

/** How long an outbox (mail, webhooks) waits after a failed attempt: 1 minute, doubling, at most an hour; 12 attempts. */
public final class Backoff {

    public static final int MAX_ATTEMPTS = 12;
    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration LONGEST_DELAY = Duration.ofHours(1);

    private Backoff() {
    }

    /** The wait after the {@code attempts}-th failed attempt. */
    public static Duration delayAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }
}
