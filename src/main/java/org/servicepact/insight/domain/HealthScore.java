package org.servicepact.insight.domain;

import java.io.Serializable;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The health of a tie, 0 to 100, from the figures of both its directions merged. The formula, as the tie
 * page explains it in words:
 * <pre>
 *   health = 100 × (30·P + 20·C + 20·F + 10·E + 20·R) / (the weights of the parts that have data)
 *   P = the providers' compliance: share of their clocks met (of those met or breached)
 *   C = the consumers' compliance: share of their clocks met (clarification, notice, confirmation, completeness)
 *   F = first-time resolution: share of resolved requests resolved by the first person, never reopened or handed on
 *   E = 1 − 2 × escalations per request (either way), never below 0: one escalation in two requests gives 0
 *   R = the ratings both ways, (average score − 1) / 4, each direction counted only from 5 ratings on
 * </pre>
 * A part without data (no clocks, nothing resolved, too few ratings) is left out and the other weights
 * count in its place; a tie without requests has no score. Bands: {@link Band#HEALTHY} from 80,
 * {@link Band#WATCH} from 60, {@link Band#STRAINED} below.
 */
public record HealthScore(int value, Band band) implements Serializable {

    /** What the colour of a tie says. */
    public enum Band { HEALTHY, WATCH, STRAINED }

    static final int HEALTHY_FROM = 80;
    static final int WATCH_FROM = 60;

    private static final double PROVIDER_WEIGHT = 30;
    private static final double CONSUMER_WEIGHT = 20;
    private static final double FIRST_TIME_WEIGHT = 20;
    private static final double ESCALATION_WEIGHT = 10;
    private static final double RATINGS_WEIGHT = 20;

    public static Optional<HealthScore> of(TieFigures figures) {
        if (figures.requests() == 0) {
            return Optional.empty();
        }
        Weighted sum = new Weighted()
                .add(PROVIDER_WEIGHT, figures.providerCompliance())
                .add(CONSUMER_WEIGHT, figures.consumerCompliance())
                .add(FIRST_TIME_WEIGHT, figures.firstTimeResolutionRate())
                .add(ESCALATION_WEIGHT, OptionalDouble.of(Math.max(0, 1 - 2 * figures.escalationRate().orElse(0))))
                .add(RATINGS_WEIGHT, ratings(figures));
        int value = (int) Math.round(100 * sum.total / sum.weights);
        return Optional.of(new HealthScore(value, value >= HEALTHY_FROM ? Band.HEALTHY : value >= WATCH_FROM ? Band.WATCH : Band.STRAINED));
    }

    /** The ratings part: each shown direction's average, mapped from 1–5 onto 0–1, averaged. */
    private static OptionalDouble ratings(TieFigures figures) {
        OptionalDouble ofProvider = figures.ofProvider().average();
        OptionalDouble ofConsumer = figures.ofConsumer().average();
        if (ofProvider.isEmpty() && ofConsumer.isEmpty()) {
            return OptionalDouble.empty();
        }
        double average = ofProvider.isPresent() && ofConsumer.isPresent()
                ? (ofProvider.getAsDouble() + ofConsumer.getAsDouble()) / 2
                : ofProvider.orElseGet(ofConsumer::getAsDouble);
        return OptionalDouble.of((average - 1) / 4);
    }

    /** A weighted sum that skips the parts without data. */
    private static final class Weighted {
        private double total;
        private double weights;

        Weighted add(double weight, OptionalDouble part) {
            part.ifPresent(value -> {
                total += weight * value;
                weights += weight;
            });
            return this;
        }
    }
}
