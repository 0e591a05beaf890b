package org.servicepact.insight.domain;

import org.junit.jupiter.api.Test;
import org.servicepact.feedback.domain.Principle;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The anonymity threshold: a group rated by fewer than five different people shows no average at all. */
class RatingSumsTest {

    private static RatingSums ofProvider(long count, long raters, long respect, long helpfulness, long integrity, long workmanship) {
        return new RatingSums(count, raters, Map.of(Principle.RESPECT, respect, Principle.HELPFULNESS, helpfulness,
                Principle.INTEGRITY, integrity, Principle.WORKMANSHIP, workmanship));
    }

    @Test
    void fourPeopleShowNothing() {
        RatingSums four = ofProvider(4, 4, 20, 16, 12, 8);
        assertFalse(four.isShown());
        assertTrue(four.average().isEmpty());
        assertTrue(four.average(Principle.RESPECT).isEmpty());
    }

    @Test
    void fivePeopleShowTheirAverages() {
        RatingSums five = ofProvider(5, 5, 25, 20, 15, 10);
        assertTrue(five.isShown());
        assertEquals(5.0, five.average(Principle.RESPECT).getAsDouble());
        assertEquals(2.0, five.average(Principle.WORKMANSHIP).getAsDouble());
        assertEquals(3.5, five.average().getAsDouble(), 1e-9, "(25 + 20 + 15 + 10) / (5 × 4)");
    }

    @Test
    void sevenRatingsOfWhichFiveByOnePersonAreThreePeopleAndShowNothing() {
        RatingSums seven = ofProvider(7, 3, 14, 14, 14, 14);
        assertFalse(seven.isShown());
        assertTrue(seven.average().isEmpty());
    }

    @Test
    void aUnionIsShownOnlyWhenOnePartAloneWouldBe() {
        RatingSums merged = ofProvider(2, 2, 10, 10, 10, 10).plus(ofProvider(3, 3, 6, 6, 6, 6));
        assertEquals(5, merged.count());
        assertFalse(merged.isShown(), "the same people may have rated in both parts");

        RatingSums counted = new RatingSums(merged.count(), 5, merged.sums());
        assertEquals(3.2, counted.average(Principle.RESPECT).getAsDouble(), 1e-9, "once counted as five different people");
    }
}
