package org.servicepact.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.servicepact.platform.audit.AuditEvent;
import org.servicepact.platform.audit.AuditTrail;
import org.servicepact.platform.persistence.FittedText;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Slows guessing: failed sign-ins (the login form and the API's Basic credentials alike) are counted per account,
 * known or not, and per client address, and lock the subject for a growing time ({@link LockRule}). While either
 * is locked, a sign-in is refused without looking at the password, with the same message and after the same
 * work as any other failure. A successful sign-in clears the account's count; an administrator can clear any.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final String ACCOUNT = "account:";
    private static final String ADDRESS = "address:";
    /** The most characters of a username or address kept in a subject; longer ones are cut (they name nothing real). */
    private static final int LONGEST_NAME = 240;

    @Inject
    ThrottleCounters counters;

    @Inject
    Clock clock;

    @Inject
    AuditTrail trail;

    /** What the throttle holds on an attempt's account and address when it arrives. */
    public record Standing(boolean locked, boolean accountCounted) {
    }

    public Standing standing(String username, String address) {
        Instant now = clock.instant();
        String account = accountSubject(username);
        List<ThrottleCounter> held = counters.of(List.of(account, addressSubject(address)));
        return new Standing(held.stream().anyMatch(counter -> counter.isLockedAt(now)),
                held.stream().anyMatch(counter -> counter.getSubject().equals(account)));
    }

    /** Counts a failed sign-in, and tells the audit trail of each lock it set off. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (count(accountSubject(username), LockRule.ACCOUNT, now)) {
            trail.recordAs(null, AuditEvent.Kind.ACCOUNT_LOCKED, nameIn(accountSubject(username)), null);
        }
        if (count(addressSubject(address), LockRule.ADDRESS, now)) {
            trail.recordAs(null, AuditEvent.Kind.ADDRESS_LOCKED, nameIn(addressSubject(address)), null);
        }
    }

    public void succeeded(String username, Standing standing) {
        if (standing.accountCounted()) {
            counters.clear(accountSubject(username));
        }
    }

    /** Clears a subject's failures and lock (an administrator's act, which the audit trail keeps). */
    public void unlock(String subject) {
        counters.clear(subject);
        trail.record(AuditEvent.Kind.UNLOCKED, nameIn(subject), isAccount(subject) ? "account" : "address");
    }

    /** Counts a failure on the subject, creating its counter on the first; true when it locked the subject. */
    private boolean count(String subject, LockRule rule, Instant now) {
        ThrottleCounters.Counted counted = counters.countFailure(subject, rule, now);
        if (counted == ThrottleCounters.Counted.NO_COUNTER_YET) {
            try {
                counters.create(subject);
            } catch (RuntimeException createdMeanwhile) {
                // another failed sign-in of the same subject created the counter first: count on it
            }
            counted = counters.countFailure(subject, rule, now);
        }
        return counted == ThrottleCounters.Counted.LOCKED;
    }

    static String accountSubject(String username) {
        return ACCOUNT + storable(username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    static String addressSubject(String address) {
        return ADDRESS + storable(address == null ? "" : address);
    }

    /** What a subject is about, for reading: an account's username or an address, and which of the two. */
    public static boolean isAccount(String subject) {
        return subject.startsWith(ACCOUNT);
    }

    public static String nameIn(String subject) {
        return subject.substring(subject.indexOf(':') + 1);
    }

    /** Anything typed is kept readable and storable, and cut short without a mark (the subject is a key, not a text). */
    private static String storable(String text) {
        return FittedText.of(text, LONGEST_NAME, "");
    }
}
