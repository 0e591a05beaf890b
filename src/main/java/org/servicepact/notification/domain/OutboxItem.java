package org.servicepact.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.Duration;
import java.time.Instant;

/**
 * What every outbox row (a mail, a webhook delivery) keeps of its sending: when it was written, when it is next due
 * (empty once done or given up, so the job's look-up reads only what is left), how many attempts its claims counted,
 * and when the outbox gave up. A claim counts the attempt and holds the row back for {@link #CLAIM}: a crash in the
 * middle of a send leaves it to be tried again after that; a failure waits {@link Backoff#delayAfter}.
 */
@MappedSuperclass
public abstract class OutboxItem {

    public static final Duration CLAIM = Duration.ofMinutes(5);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "given_up_at")
    private Instant givenUpAt;

    protected OutboxItem() {
        // for JPA
    }

    protected OutboxItem(Instant createdAt) {
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    public abstract Long getId();

    /** Sent or delivered: never again. */
    protected void done() {
        nextAttemptAt = null;
    }

    /** The attempt failed: try again after the delay, or give up after the last attempt or when no retry can help. */
    protected void retryOrGiveUp(Instant at, boolean worthRetrying) {
        if (attempts >= Backoff.MAX_ATTEMPTS || !worthRetrying) {
            givenUpAt = at;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = at.plus(Backoff.delayAfter(attempts));
        }
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getGivenUpAt() {
        return givenUpAt;
    }
}
