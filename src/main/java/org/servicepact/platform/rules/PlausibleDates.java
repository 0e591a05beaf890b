package org.servicepact.platform.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The range of dates the portal accepts from people, forms, imports and the API alike: wide enough for any
 * real agreement, holiday or deadline, narrow enough that a slip of the keyboard (year 9999) is refused with a
 * message instead of being stored.
 */
public final class PlausibleDates {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private PlausibleDates() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** The date itself; refused, naming the field, when outside the range ({@code null} passes: required is another rule). */
    public static LocalDate require(LocalDate date, String field) {
        if (date != null && !contains(date)) {
            throw new RuleViolation(field, "date.range", EARLIEST, LATEST);
        }
        return date;
    }

    /** An instant whose UTC date lies within the range. */
    public static Instant require(Instant instant, String field) {
        if (instant != null) {
            require(LocalDate.ofInstant(instant, ZoneOffset.UTC), field);
        }
        return instant;
    }

    /** The validator behind {@link PlausibleDate}. */
    public static final class Check implements ConstraintValidator<PlausibleDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || contains(date);
        }
    }
}
