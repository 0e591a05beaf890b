package org.servicepact.platform.rules;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlausibleDatesTest {

    private final PlausibleDates.Check check = new PlausibleDates.Check();

    @Test
    void theEdgesOfTheRangeAreAcceptedAndTheDaysBeyondRefused() {
        assertTrue(check.isValid(LocalDate.of(2000, 1, 1), null));
        assertTrue(check.isValid(LocalDate.of(2099, 12, 31), null));
        assertFalse(check.isValid(LocalDate.of(1999, 12, 31), null));
        assertFalse(check.isValid(LocalDate.of(2100, 1, 1), null));
        assertTrue(check.isValid(null, null), "required is another rule");
    }

    @Test
    void aRefusalNamesTheFieldAndTheRange() {
        RuleViolation far = assertThrows(RuleViolation.class,
                () -> PlausibleDates.require(LocalDate.of(9999, 12, 31), "requestedDue"));

        assertEquals("requestedDue", far.field());
        assertEquals("date.range", far.messageKey());
        assertEquals(PlausibleDates.LATEST, far.arguments()[1]);
    }

    @Test
    void anInstantIsJudgedByItsDateInUtc() {
        assertEquals(Instant.parse("2099-12-31T23:59:59Z"), PlausibleDates.require(Instant.parse("2099-12-31T23:59:59Z"), "at"));
        assertThrows(RuleViolation.class, () -> PlausibleDates.require(Instant.parse("1999-12-31T23:59:59Z"), "at"));
    }
}
