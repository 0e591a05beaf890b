package org.servicepact.insight.domain;

import org.junit.jupiter.api.Test;
import org.servicepact.feedback.domain.Principle;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documented health formula, worked through by hand. */
class HealthScoreTest {

    private static RatingSums ratings(long count, long perPrincipleSum, boolean ofProvider) {
        return ofProvider
                ? new RatingSums(count, count, Map.of(Principle.RESPECT, perPrincipleSum, Principle.HELPFULNESS, perPrincipleSum,
                Principle.INTEGRITY, perPrincipleSum, Principle.WORKMANSHIP, perPrincipleSum))
                : new RatingSums(count, count, Map.of(Principle.RESPECT, perPrincipleSum, Principle.CLARITY, perPrincipleSum,
                Principle.RESPONSIVENESS, perPrincipleSum, Principle.FAIRNESS, perPrincipleSum));
    }

    private static TieFigures figures(long providerMet, long providerBreached, long consumerMet, long consumerBreached,
                                      long resolved, long firstTime, long escalations, RatingSums ofProvider, RatingSums ofConsumer) {
        return new TieFigures(10, resolved, firstTime, 0, providerMet, providerBreached, consumerMet, consumerBreached,
                0, 0, escalations, 0, ofProvider, ofConsumer);
    }

    @Test
    void everyPartCountsWithItsWeight() {
        // P = 8/10, C = 9/10, F = 6/8, E = 1 − 2 × 1/10 = 0.8, R = ((4 − 1)/4 + (5 − 1)/4) / 2 = 0.875
        TieFigures tie = figures(8, 2, 9, 1, 8, 6, 1, ratings(5, 20, true), ratings(6, 30, false));
        // 100 × (30·0.8 + 20·0.9 + 20·0.75 + 10·0.8 + 20·0.875) / 100 = 82.5 → 83
        HealthScore score = HealthScore.of(tie).orElseThrow();
        assertEquals(83, score.value());
        assertEquals(HealthScore.Band.HEALTHY, score.band());
    }

    @Test
    void partsWithoutDataLeaveTheirWeightToTheOthers() {
        // No clocks, nothing resolved, too few ratings: only E counts, 1 − 2 × 3/10 = 0.4 → 40
        TieFigures tie = figures(0, 0, 0, 0, 0, 0, 3, ratings(4, 20, true), RatingSums.NONE);
        assertEquals(new HealthScore(40, HealthScore.Band.STRAINED), HealthScore.of(tie).orElseThrow());
    }

    @Test
    void manyEscalationsCountAsZeroNotBelow() {
        // P = 1, E = max(0, 1 − 2 × 8/10) = 0: 100 × 30 / 40 = 75
        TieFigures tie = figures(5, 0, 0, 0, 0, 0, 8, RatingSums.NONE, RatingSums.NONE);
        assertEquals(new HealthScore(75, HealthScore.Band.WATCH), HealthScore.of(tie).orElseThrow());
    }

    @Test
    void theBandsStartAtEightyAndSixty() {
        assertEquals(HealthScore.Band.HEALTHY, HealthScore.of(figures(4, 1, 0, 0, 0, 0, 0, RatingSums.NONE, RatingSums.NONE))
                .map(HealthScore::band).orElseThrow(), "P = 0.8, E = 1: (24 + 10) / 40 = 85");
        assertEquals(new HealthScore(70, HealthScore.Band.WATCH), HealthScore.of(figures(3, 2, 0, 0, 0, 0, 0, RatingSums.NONE,
                RatingSums.NONE)).orElseThrow(), "P = 0.6, E = 1: (18 + 10) / 40 = 70");
        assertEquals(new HealthScore(55, HealthScore.Band.STRAINED), HealthScore.of(figures(2, 3, 0, 0, 0, 0, 0, RatingSums.NONE,
                RatingSums.NONE)).orElseThrow(), "P = 0.4, E = 1: (12 + 10) / 40 = 55");
    }

    @Test
    void aTieWithoutRequestsHasNoScore() {
        assertTrue(HealthScore.of(TieFigures.NONE).isEmpty());
    }
}
