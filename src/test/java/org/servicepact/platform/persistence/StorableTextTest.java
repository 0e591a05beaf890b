package org.servicepact.platform.persistence;

import jakarta.persistence.Column;
import org.junit.jupiter.api.Test;
import org.servicepact.platform.rules.RuleViolation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Text is stored as typed or refused by field name: never cut to its column, never with a NUL or half a UTF-16 pair. */
class StorableTextTest {

    /** Stands for an entity: a code of at most 20 characters and a free text. */
    static class Department {
        @Column(length = 20)
        String code;
        @Column(length = 4000)
        String description;

        Department(String code, String description) {
            this.code = code;
            this.description = description;
        }
    }

    private final StorableText check = new StorableText();

    @Test
    void textUpToItsColumnIsKept() {
        assertDoesNotThrow(() -> check.check(new Department("x".repeat(20), null)));
    }

    @Test
    void longerTextIsRefusedNamingTheFieldAndTheLimit() {
        RuleViolation tooLong = assertThrows(RuleViolation.class, () -> check.check(new Department("x".repeat(10_000), "")));

        assertEquals("code", tooLong.field());
        assertEquals("text.tooLong", tooLong.messageKey());
        assertArrayEquals(new Object[] {20, 10_000}, tooLong.arguments());
    }

    @Test
    void aNulIsRefusedNamingTheField() {
        assertEquals("description", assertThrows(RuleViolation.class,
                () -> check.check(new Department("FIN", "a\u0000b"))).field());
    }

    @Test
    void halfASurrogatePairIsRefusedNamingTheField() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> check.check(new Department("FIN", "broken \ud800 text")));

        assertEquals("description", refused.field());
        assertEquals("text.halfPair", refused.messageKey());
    }
}
