package org.servicepact.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The target of a measured commitment for each priority, in business hours or business days. */
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

    public Targets(TargetUnit unit, Map<Priority, BigDecimal> byPriority) {
        this.unit = Objects.requireNonNull(unit, "unit");
        this.p1 = byPriority.get(Priority.P1);
        this.p2 = byPriority.get(Priority.P2);
        this.p3 = byPriority.get(Priority.P3);
        this.p4 = byPriority.get(Priority.P4);
    }

    public TargetUnit unit() {
        return unit;
    }

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

    public Map<Priority, BigDecimal> byPriority() {
        Map<Priority, BigDecimal> all = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            if (of(priority) != null) {
                all.put(priority, of(priority));
            }
        }
        return all;
    }
}
