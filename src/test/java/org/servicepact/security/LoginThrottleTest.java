package org.servicepact.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void anAccountHasFiveFreeTriesThenLocksTwiceAsLongEachTimeUpToAnHour() {
        LockRule rule = LockRule.ACCOUNT;
        assertNull(rule.lockedUntil(4, T0));
        assertEquals(T0.plus(Duration.ofMinutes(1)), rule.lockedUntil(5, T0));
        assertEquals(T0.plus(Duration.ofMinutes(2)), rule.lockedUntil(6, T0));
        assertEquals(T0.plus(Duration.ofMinutes(32)), rule.lockedUntil(10, T0));
        assertEquals(T0.plus(Duration.ofHours(1)), rule.lockedUntil(11, T0));
        assertEquals(T0.plus(Duration.ofHours(1)), rule.lockedUntil(1_000, T0), "no overflow, however many");
    }

    @Test
    void failuresAreForgottenWhenNoneCameForAWhile() {
        assertEquals(7, LockRule.ACCOUNT.failuresAfterOneMore(6, T0, T0.plus(Duration.ofHours(23))));
        assertEquals(1, LockRule.ACCOUNT.failuresAfterOneMore(6, T0, T0.plus(Duration.ofDays(1))));
        assertEquals(1, LockRule.ADDRESS.failuresAfterOneMore(19, T0, T0.plus(Duration.ofHours(1))));
        assertEquals(1, LockRule.ACCOUNT.failuresAfterOneMore(0, null, T0));
    }

    @Test
    void aLockedSubjectIsNotCountedAgainSoALockDoesNotGrowWhileItHolds() {
        ThrottleCounter counter = new ThrottleCounter("account:lena.fischer");
        for (int i = 0; i < 5; i++) {
            assertFalse(counter.isLockedAt(T0.plusSeconds(i)));
            counter.countFailure(LockRule.ACCOUNT, T0.plusSeconds(i));
        }
        assertTrue(counter.isLockedAt(T0.plusSeconds(5)));
        counter.countFailure(LockRule.ACCOUNT, T0.plusSeconds(10));
        assertEquals(5, counter.getFailures());
        assertEquals(T0.plusSeconds(4).plus(Duration.ofMinutes(1)), counter.getLockedUntil());
        assertFalse(counter.isLockedAt(T0.plusSeconds(64)), "the lock ends");
        counter.countFailure(LockRule.ACCOUNT, T0.plusSeconds(70));
        assertEquals(T0.plusSeconds(70).plus(Duration.ofMinutes(2)), counter.getLockedUntil(), "the next failure locks longer");
    }

    @Test
    void whatIsTypedAsAUsernameIsKeptStorableAndReadable() {
        assertEquals("account:lena.fischer", LoginThrottle.accountSubject("  Lena.Fischer "));
        assertEquals("account:a?b", LoginThrottle.accountSubject("a\u0000b"), "PostgreSQL refuses a NUL even as a parameter");
        assertEquals(8 + 240, LoginThrottle.accountSubject("x".repeat(10_000)).length(), "fits its column, cut");
        assertEquals(8 + 240, LoginThrottle.accountSubject("🔑".repeat(200)).length(), "never half a character");
        assertEquals("address:10.0.0.1", LoginThrottle.addressSubject("10.0.0.1"));
        assertTrue(LoginThrottle.isAccount("account:x"));
        assertEquals("lena.fischer", LoginThrottle.nameIn("account:lena.fischer"));
    }
}
