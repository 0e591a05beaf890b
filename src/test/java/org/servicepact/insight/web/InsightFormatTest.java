package org.servicepact.insight.web;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InsightFormatTest {

    @Test
    void aMonthIsNamedInThePagesLanguage() {
        assertEquals("Jul 2026", InsightFormat.month(YearMonth.of(2026, 7), Locale.ENGLISH));
        assertEquals("Juli 2026", InsightFormat.month(YearMonth.of(2026, 7), Locale.GERMAN));
        assertEquals("März 2027", InsightFormat.month(YearMonth.of(2027, 3), Locale.GERMAN));
    }
}
