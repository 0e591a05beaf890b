package org.servicepact.insight.domain;

import org.servicepact.feedback.domain.Principle;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The ratings of one side (the provider, or the requester) over a group (a tie, a department, a month): how many, and the sum of each
 * principle's scores. Averages are shown only for groups of at least {@value #MIN_RATINGS} ratings, so no
 * individual's rating can be read out of a report.
 */
public record RatingSums(long count, Map<Principle, Long> sums) {

    /** The anonymity threshold: smaller groups show no average. */
    public static final int MIN_RATINGS = 5;

    public static final RatingSums NONE = new RatingSums(0, Map.of());

    public RatingSums {
        sums = Map.copyOf(sums);
    }

    public RatingSums plus(RatingSums other) {
        Map<Principle, Long> total = new EnumMap<>(Principle.class);
        total.putAll(sums);
        other.sums.forEach((principle, sum) -> total.merge(principle, sum, Long::sum));
        return new RatingSums(count + other.count, total);
    }

    /** Whether the group is large enough to show. */
    public boolean isShown() {
        return count >= MIN_RATINGS;
    }

    /** The average score (1–5) of one principle, if the group is large enough to show. */
    public OptionalDouble average(Principle principle) {
        Long sum = sums.get(principle);
        return isShown() && sum != null ? OptionalDouble.of((double) sum / count) : OptionalDouble.empty();
    }

    /**
     * The average over the principles of one side's ratings (every rating scores the same four), if the group
     * is large enough to show.
     */
    public OptionalDouble average() {
        long total = sums.values().stream().mapToLong(Long::longValue).sum();
        return isShown() && !sums.isEmpty() ? OptionalDouble.of((double) total / (count * sums.size())) : OptionalDouble.empty();
    }
}
