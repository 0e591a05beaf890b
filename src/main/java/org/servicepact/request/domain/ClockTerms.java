package org.servicepact.request.domain;

import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.agreement.domain.Commitment;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Priority;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** What an agreement version measures, with its targets per priority: the clocks' half of the agreement. */
public final class ClockTerms {

    private final Map<Measure, Map<Priority, Target>> targets;

    private ClockTerms(Map<Measure, Map<Priority, Target>> targets) {
        this.targets = targets;
    }

    /** The measured commitments of a version; the first commitment of each measure counts. */
    public static ClockTerms of(AgreementVersion version) {
        Builder builder = builder();
        for (Commitment commitment : version.getCommitments()) {
            Measure measure = commitment.getMeasure();
            if (measure == null || builder.targets.containsKey(measure)) {
                continue;
            }
            builder.targets.put(measure, new EnumMap<>(Priority.class));
            if (commitment.getTargets() != null) {
                commitment.getTargets().byPriority().forEach((priority, amount) ->
                        builder.targets.get(measure).put(priority, new Target(commitment.getTargets().unit(), amount)));
            }
        }
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean measures(Measure measure) {
        return targets.containsKey(measure);
    }

    public Optional<Target> target(Measure measure, Priority priority) {
        return Optional.ofNullable(targets.getOrDefault(measure, Map.of()).get(priority));
    }

    /** Collects targets; for tests and for building terms by hand. */
    public static final class Builder {
        private final Map<Measure, Map<Priority, Target>> targets = new EnumMap<>(Measure.class);

        /** The same target for every priority. */
        public Builder measure(Measure measure, Target target) {
            Map<Priority, Target> byPriority = new EnumMap<>(Priority.class);
            for (Priority priority : Priority.values()) {
                byPriority.put(priority, target);
            }
            targets.put(measure, byPriority);
            return this;
        }

        public Builder measure(Measure measure, Priority priority, Target target) {
            targets.computeIfAbsent(measure, m -> new EnumMap<>(Priority.class)).put(priority, target);
            return this;
        }

        /** A measure judged by a flag rather than a clock (COMPLETENESS). */
        public Builder flagged(Measure measure) {
            targets.put(measure, new EnumMap<>(Priority.class));
            return this;
        }

        public ClockTerms build() {
            return new ClockTerms(new EnumMap<>(targets));
        }
    }
}
