package org.servicepact.security;

import org.junit.jupiter.api.Test;
import org.servicepact.platform.rules.RuleViolation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = PasswordPolicy.shipped();

    private static String refusal(String username, String password) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> POLICY.check(username, password), password);
        assertEquals("newPassword", refused.field(), "the message stands beside the new password's field");
        return refused.messageKey();
    }

    @Test
    void theShippedListHoldsAtLeastTenThousandCommonPasswords() {
        assertTrue(POLICY.commonPasswords() >= 10_000, "shipped: " + POLICY.commonPasswords());
    }

    @Test
    void aPasswordHasAtLeastTwelveCharactersCountedAsPeopleCountThem() {
        assertEquals("password.tooShort", refusal("lena.fischer", "12345678"));
        assertEquals("password.tooShort", refusal("lena.fischer", "Tr0ub4dor&3"), "eleven characters");
        assertEquals("password.tooShort", refusal("lena.fischer", null));
        assertEquals("password.tooShort", refusal("lena.fischer", "🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑"),
                "eleven emoji are eleven characters, not twenty-two");
        assertDoesNotThrow(() -> POLICY.check("lena.fischer", "🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑"));
        assertDoesNotThrow(() -> POLICY.check("lena.fischer", "correct horse battery staple"));
    }

    @Test
    void aVeryLongPasswordIsRefusedRatherThanCut() {
        assertEquals("password.tooLong", refusal("lena.fischer", "x".repeat(PasswordPolicy.MAXIMUM_LENGTH + 1)));
        assertDoesNotThrow(() -> POLICY.check("lena.fischer", "long pass phrase ".repeat(15)));
    }

    @Test
    void aCommonPasswordIsRefusedInAnyCase() {
        assertEquals("password.common", refusal("lena.fischer", "123456789012"));
        assertEquals("password.common", refusal("lena.fischer", "1QAZ2WSX3EDC4RFV"));
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() {
        assertEquals("password.containsUsername", refusal("lena.fischer", "Lena.Fischer-2026!"));
        assertEquals("password.containsUsername", refusal("lena.fischer", "my lena.fischer password"));
        assertDoesNotThrow(() -> POLICY.check("al", "always a long phrase"), "too short a username to count");
    }
}
