package org.servicepact.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The failed sign-ins of one subject ("account:…" or "address:…") and until when it is locked. */
@Entity
@Table(name = "login_throttle")
public class ThrottleCounter {

    @Id
    @Column(length = 250)
    private String subject;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Version
    private long version;

    protected ThrottleCounter() {
        // for JPA
    }

    ThrottleCounter(String subject) {
        this.subject = subject;
    }

    /**
     * Counts one more failure at {@code now} under the rule; a subject locked already is not counted again. True
     * when this failure locked it.
     */
    boolean countFailure(LockRule rule, Instant now) {
        if (isLockedAt(now)) {
            return false;
        }
        failures = rule.failuresAfterOneMore(failures, lastFailureAt, now);
        lastFailureAt = now;
        lockedUntil = rule.lockedUntil(failures, now);
        return lockedUntil != null;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public String getSubject() {
        return subject;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
