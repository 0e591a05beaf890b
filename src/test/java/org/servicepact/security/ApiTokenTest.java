package org.servicepact.security;

import org.junit.jupiter.api.Test;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiTokenTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

    private static Employee lena() {
        return new Employee("lena.fischer", new Employee.PersonalDetails("Lena Fischer", null, "lena@example.org", null),
                new Department("FIN", "Finance"));
    }

    @Test
    void aSecretIsLongRandomAndKeptOnlyAsItsFingerprint() {
        TokenSecret secret = TokenSecret.generate();
        assertTrue(TokenSecret.looksLikeOne(secret.value()), secret.value());
        assertNotEquals(secret.value(), TokenSecret.generate().value());
        assertEquals(64, secret.hash().length(), "SHA-256 in hex");
        assertEquals(secret.hash(), new TokenSecret(secret.value()).hash(), "the same secret, the same fingerprint");
        assertFalse(secret.toString().contains(secret.value().substring(3, 20)), "never the secret in a log line");
        assertFalse(TokenSecret.looksLikeOne("sp_short"));
        assertFalse(TokenSecret.looksLikeOne("sp_" + "ä".repeat(43)), "nonsense costs no lookup");
        assertFalse(TokenSecret.looksLikeOne(null));
    }

    @Test
    void aTokenAdmitsUntilItExpiresIsRevokedOrItsOwnerLeaves() {
        Employee lena = lena();
        ApiToken token = new ApiToken(lena, "Report", TokenSecret.generate(), ApiToken.Scope.READ_ONLY, T0, T0.plus(Duration.ofDays(30)));
        assertTrue(token.admitsAt(T0.plus(Duration.ofDays(29))));
        assertFalse(token.admitsAt(T0.plus(Duration.ofDays(30))), "expired");
        lena.deactivate(T0.plus(Duration.ofDays(1)));
        assertFalse(token.admitsAt(T0.plus(Duration.ofDays(2))), "its owner deactivated");
        lena.reactivate();
        token.revokeAt(T0.plus(Duration.ofDays(3)));
        assertFalse(token.admitsAt(T0.plus(Duration.ofDays(4))), "revoked");
    }

    @Test
    void itsUseIsWrittenAtMostOnceAMinute() {
        ApiToken token = new ApiToken(lena(), "Report", TokenSecret.generate(), ApiToken.Scope.READ_WRITE, T0, T0.plus(Duration.ofDays(1)));
        assertTrue(token.isUseToNoteAt(T0), "never used");
        assertFalse(ApiToken.isUseToNote(T0, T0.plusSeconds(59)));
        assertTrue(ApiToken.isUseToNote(T0, T0.plusSeconds(60)));
    }
}
