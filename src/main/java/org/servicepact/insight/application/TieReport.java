package org.servicepact.insight.application;

import org.servicepact.insight.domain.HealthScore;
import org.servicepact.insight.domain.TieFigures;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A tie seen from both directions: what A does for B beside what B does for A, with their months.
 *
 * @param aServesB        the requests B made of A (A the provider)
 * @param bServesA        the requests A made of B (B the provider)
 * @param aServesBByMonth the same per month of the period, every month present
 * @param bServesAByMonth likewise
 */
public record TieReport(long aId, String aName, long bId, String bName, Period period, TieFigures aServesB,
                        TieFigures bServesA, List<MonthFigures> aServesBByMonth, List<MonthFigures> bServesAByMonth) implements Serializable {

    /** Both directions together, as the health score reads them. */
    public TieFigures both() {
        return aServesB.plus(bServesA);
    }

    public Optional<HealthScore> health() {
        return both().health();
    }
}
