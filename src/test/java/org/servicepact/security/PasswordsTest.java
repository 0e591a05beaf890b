package org.servicepact.security;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordsTest {

    /** A stand-in for PBKDF2 that notes which hashes were checked: each check of a password must cost one run. */
    private static final class CountingHash implements Pbkdf2PasswordHash {
        final List<String> checked = new ArrayList<>();

        @Override
        public void initialize(Map<String, String> parameters) {
        }

        @Override
        public String generate(char[] password) {
            return "hash:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            checked.add(hashedPassword);
            return hashedPassword.equals(generate(password));
        }
    }

    private final CountingHash hash = new CountingHash();
    private final Passwords passwords = new Passwords();

    PasswordsTest() {
        passwords.hash = hash;
        passwords.configure();
    }

    @Test
    void anUnknownAccountCostsOneCheckAsAKnownOneDoes() {
        LoginCredential lena = new LoginCredential(1L, hash.generate("correct horse".toCharArray()), Instant.EPOCH);
        assertTrue(passwords.matches(lena, "correct horse"));
        assertFalse(passwords.matches(lena, "wrong horse"));
        assertFalse(passwords.matches((LoginCredential) null, "correct horse"));
        passwords.spendTheTimeOfACheck("anything");
        assertEquals(4, hash.checked.size(), "one PBKDF2 run per check, known, unknown or locked");
        assertEquals(hash.checked.get(2), hash.checked.get(3), "the unknown and the locked check the same decoy");
        assertFalse(passwords.matches((LoginCredential) null, hash.checked.get(2).substring("hash:".length())),
                "the decoy never lets anyone in");
    }
}
