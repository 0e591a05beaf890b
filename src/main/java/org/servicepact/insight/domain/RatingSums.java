package org.servicepact.insight.domain;

import org.servicepact.feedback.domain.Principle;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The ratings of one side (the provider, or the requester) over a group (a tie, a department, a month): how many,
 * by how many different people, and the sum of each principle's scores. Averages are shown only for groups rated
 * by at least {@value #MIN_RATERS} different people (one person rating five times is one person), so no
 * individual's rating can be read out of a report; a smaller group shows nothing, not even its size.
 *
 * @param count  the ratings
 * @param raters the different people who gave them
 */
public record RatingSums(long count, long raters, Map<Principle, Long> sums) implements Serializable {

    /** The anonymity threshold: groups rated by fewer people show no average. */
    public static final int MIN_RATERS = 5;

    public static final RatingSums NONE = new RatingSums(0, 0, Map.of());

    public RatingSums {
        sums = Map.copyOf(sums);
    }

    /**
     * Two groups together. Who rated is not kept, so the raters of the union are only known to be at least those
     * of the larger part: a union is shown only when one part alone would be. Where a union is shown on its own,
     * its raters are counted in SQL instead.
     */
    public RatingSums plus(RatingSums other) {
        Map<Principle, Long> total = new EnumMap<>(Principle.class);
        total.putAll(sums);
        other.sums.forEach((principle, sum) -> total.merge(principle, sum, Long::sum));
        return new RatingSums(count + other.count, Math.max(raters, other.raters), total);
    }

    /** Whether enough different people rated for the group to be shown. */
    public boolean isShown() {
        return raters >= MIN_RATERS;
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
