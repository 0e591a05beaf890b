package org.servicepact.insight.application;

import org.servicepact.insight.domain.HealthScore;
import org.servicepact.insight.domain.TieFigures;

import java.io.Serializable;
import java.util.Optional;

/** One direction of a tie with its figures: the provider serving the consumer. */
public record TieRow(long providerId, String providerName, long consumerId, String consumerName, TieFigures figures) implements Serializable {

    public Optional<HealthScore> health() {
        return figures.health();
    }
}
