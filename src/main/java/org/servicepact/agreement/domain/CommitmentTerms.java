package org.servicepact.agreement.domain;

import org.servicepact.platform.rules.RuleViolation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * What a commitment says, as one value: who owes it, what, why, and how it is measured (or not); a measure
 * that runs a clock carries its {@link Targets}, any other none. {@link #check(int)} enforces the rules a
 * commitment must keep before it can be stored.
 */
public record CommitmentTerms(Side owedBy, String title, String description, String rationale, Measure measure,
                              Targets targets) implements Serializable {

    /** The decimals a target keeps (its column is NUMERIC(7, 2)): a finer target is refused rather than rounded. */
    public static final int MAX_TARGET_DECIMALS = 2;

    public CommitmentTerms {
        title = strip(title);
        description = strip(description);
        rationale = strip(rationale);
        targets = measure != null && measure.isTimed() ? targets : null;
    }

    /** A commitment judged by feedback rather than by a clock. */
    public static CommitmentTerms qualitative(Side owedBy, String title, String description, String rationale) {
        return new CommitmentTerms(owedBy, title, description, rationale, null, null);
    }

    public static CommitmentTerms measured(Side owedBy, String title, String description, String rationale,
                                           Measure measure, TargetUnit unit, double p1, double p2, double p3, double p4) {
        return new CommitmentTerms(owedBy, title, description, rationale, measure, Targets.of(unit, p1, p2, p3, p4));
    }

    /**
     * Refuses a commitment that breaks a rule; {@code row} (counted from 1) names it in the message.
     * A timed measure needs a positive target, below the unit's maximum, for every priority.
     */
    public void check(int row) {
        if (owedBy == null) {
            throw violation("agreement.commitment.owedBy.missing", row);
        }
        if (title == null || title.length() > 150) {
            throw violation("agreement.commitment.title.invalid", row);
        }
        if (rationale == null) {
            throw violation("agreement.commitment.rationale.missing", row, title);
        }
        if (description != null && description.length() > 2000) {
            throw violation("agreement.commitment.description.tooLong", row, title);
        }
        if (measure == null) {
            return;
        }
        if (measure.owedBy() != owedBy) {
            throw violation("agreement.commitment.wrongSide", row, title, measure, measure.owedBy());
        }
        if (measure.isTimed()) {
            checkTargets(row);
        }
    }

    private void checkTargets(int row) {
        TargetUnit unit = targets == null ? null : targets.unit();
        if (unit == null) {
            throw violation("agreement.commitment.unit", row, title);
        }
        for (Priority priority : Priority.values()) {
            BigDecimal target = targets.of(priority);
            if (target == null) {
                throw violation("agreement.commitment.targetMissing", row, title, priority);
            }
            if (target.signum() <= 0 || target.compareTo(unit.maximum()) > 0) {
                throw violation("agreement.commitment.targetRange", row, title, priority, unit.maximum());
            }
            if (target.stripTrailingZeros().scale() > MAX_TARGET_DECIMALS) {
                throw violation("agreement.commitment.targetDecimals", row, title, priority, MAX_TARGET_DECIMALS);
            }
            if (unit == TargetUnit.BUSINESS_DAYS && target.stripTrailingZeros().scale() > 0) {
                throw violation("agreement.commitment.wholeDays", row, title, priority);
            }
        }
    }

    private static RuleViolation violation(String key, Object... arguments) {
        return new RuleViolation("commitments", key, arguments);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Same commitment, as far as a comparison goes: who owes it and its title. */
    public String identity() {
        return owedBy + ":" + Objects.toString(title, "").toLowerCase(Locale.ROOT);
    }
}
