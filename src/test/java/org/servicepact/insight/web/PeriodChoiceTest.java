package org.servicepact.insight.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicepact.insight.application.Period;

import java.time.YearMonth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodChoiceTest {

    private static final YearMonth NOW = YearMonth.of(2026, 12);

    private static PeriodChoice chosen(String from, String to) {
        PeriodChoice choice = new PeriodChoice();
        choice.setFrom(from);
        choice.setTo(to);
        return choice;
    }

    @Test
    void withoutAChoiceTheLastSixMonths() {
        PeriodChoice choice = chosen(null, " ");
        assertEquals(new Period(YearMonth.of(2026, 7), NOW), choice.period(NOW));
        assertFalse(choice.isAdjusted(), "no month was asked for, so none was replaced");
    }

    @Test
    void monthsTheMenusOfferAreShownAsChosenInEitherOrder() {
        PeriodChoice choice = chosen("2026-03", "2025-01");
        assertEquals(new Period(YearMonth.of(2025, 1), YearMonth.of(2026, 3)), choice.period(NOW));
        assertFalse(choice.isAdjusted());
        assertEquals(PeriodChoice.CHOICES, choice.months(NOW).size());
        assertEquals(YearMonth.of(2025, 1), choice.months(NOW).get(PeriodChoice.CHOICES - 1), "the menus' first month");
    }

    @ParameterizedTest(name = "from {0} to {1}: {2} to {3}")
    @CsvSource({
            "0001-01, 9999-12, 2025-01, 2026-12",
            "9999-12, 0001-01, 2025-01, 2026-12",
            "2024-12, 2026-06, 2025-01, 2026-06",
            "2026-06, 2027-01, 2026-06, 2026-12",
            "3000-01, 3000-02, 2026-12, 2026-12",
            "1999-01, 1999-12, 2025-01, 2025-01",
            "2026-13, 2026-10, 2026-07, 2026-10",
            "'', x, 2026-07, 2026-12"})
    void aMonthTheMenusDoNotOfferIsReplacedAndSaidToBe(String from, String to, String shownFrom, String shownTo) {
        PeriodChoice choice = chosen(from, to);
        assertEquals(new Period(YearMonth.parse(shownFrom), YearMonth.parse(shownTo)), choice.period(NOW));
        assertTrue(choice.isAdjusted());
    }

    @Test
    void noAddressMakesAReportLongerThanTheMenusReach() {
        Period widest = chosen("-999999999-01", "+999999999-12").period(NOW);
        assertEquals(PeriodChoice.CHOICES, widest.months().size());
    }
}
