package org.servicepact.request.domain;

import org.servicepact.agreement.domain.TargetUnit;
import org.servicepact.calendar.domain.BusinessSchedule;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** One target of a commitment for one priority: an amount of business hours or business days. */
public record Target(TargetUnit unit, BigDecimal amount) implements Serializable {

    public Target {
        Objects.requireNonNull(unit, "unit");
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("A target is a positive amount");
        }
    }

    public static Target hours(double hours) {
        return new Target(TargetUnit.BUSINESS_HOURS, BigDecimal.valueOf(hours));
    }

    public static Target days(int days) {
        return new Target(TargetUnit.BUSINESS_DAYS, BigDecimal.valueOf(days));
    }

    /** The due instant for a clock started at {@code start}, before any pause pushes it later. */
    public Instant dueFrom(BusinessSchedule schedule, Instant start) {
        if (isInDays()) {
            return schedule.endOfBusinessDays(start, days());
        }
        return schedule.addBusinessTime(start, Duration.ofSeconds(seconds()));
    }

    public boolean isInDays() {
        return unit == TargetUnit.BUSINESS_DAYS;
    }

    /** A target in business days: how many. */
    public int days() {
        return amount.intValueExact();
    }

    /** A target in business hours: the business seconds it allows (fractions of hours rounded to the second). */
    public long seconds() {
        return amount.multiply(BigDecimal.valueOf(3600)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
