package org.servicepact.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The targets of a measured commitment, one per priority, in business hours or business days: the one shape
 * they take from the editor's form to the stored commitment (the clocks read them from here). A value: set
 * once, compared by unit and amounts (2 and 2.00 are the same target).
 */
@Embeddable
public class Targets {

    @Enumerated(EnumType.STRING)
    @Column(name = "target_unit", length = 16)
    private TargetUnit unit;

    @Column(name = "target_p1", precision = 7, scale = 2)
    private BigDecimal p1;

    @Column(name = "target_p2", precision = 7, scale = 2)
    private BigDecimal p2;

    @Column(name = "target_p3", precision = 7, scale = 2)
    private BigDecimal p3;

    @Column(name = "target_p4", precision = 7, scale = 2)
    private BigDecimal p4;

    protected Targets() {
        // for JPA
    }

    /** Targets as written; a missing unit or amount is kept, for {@link CommitmentTerms#check} to name. */
    public Targets(TargetUnit unit, Map<Priority, BigDecimal> byPriority) {
        this.unit = unit;
        this.p1 = byPriority.get(Priority.P1);
        this.p2 = byPriority.get(Priority.P2);
        this.p3 = byPriority.get(Priority.P3);
        this.p4 = byPriority.get(Priority.P4);
    }

    /** Targets for P1 to P4. */
    public static Targets of(TargetUnit unit, double p1, double p2, double p3, double p4) {
        return new Targets(unit, Map.of(Priority.P1, BigDecimal.valueOf(p1), Priority.P2, BigDecimal.valueOf(p2),
                Priority.P3, BigDecimal.valueOf(p3), Priority.P4, BigDecimal.valueOf(p4)));
    }

    public TargetUnit unit() {
        return unit;
    }

    /** The amount for a priority, or {@code null} when none was given. */
    public BigDecimal of(Priority priority) {
        return switch (priority) {
            case P1 -> p1;
            case P2 -> p2;
            case P3 -> p3;
            case P4 -> p4;
        };
    }

    /** The target for a priority as people write it: 0.5, 2, 24 (no trailing zeros). */
    public String text(Priority priority) {
        BigDecimal target = of(priority);
        return target == null ? "" : target.stripTrailingZeros().toPlainString();
    }

    /** The amounts given, by priority. */
    public Map<Priority, BigDecimal> byPriority() {
        Map<Priority, BigDecimal> all = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            if (of(priority) != null) {
                all.put(priority, of(priority));
            }
        }
        return all;
    }

    /** The same targets as a new value, for another commitment to embed (an embedded value is never shared). */
    Targets copy() {
        return new Targets(unit, byPriority());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Targets other) || unit != other.unit) {
            return false;
        }
        for (Priority priority : Priority.values()) {
            BigDecimal mine = of(priority);
            BigDecimal theirs = other.of(priority);
            if (mine == null ? theirs != null : theirs == null || mine.compareTo(theirs) != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, text(Priority.P1), text(Priority.P2), text(Priority.P3), text(Priority.P4));
    }
}
