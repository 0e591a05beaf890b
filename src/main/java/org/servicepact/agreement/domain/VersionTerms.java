package org.servicepact.agreement.domain;

import org.servicepact.platform.rules.RuleViolation;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The general terms of a version: when it is in force, when it is reviewed, when a resolved request closes
 * by itself, and how long an escalation stays with the supervisor before it goes to the department head.
 */
public record VersionTerms(LocalDate effectiveFrom, LocalDate effectiveUntil, LocalDate reviewDate,
                           int autoCloseDays, int escalationDelayHours, int ratingWindowDays) implements Serializable {

    public static final int MAX_AUTO_CLOSE_DAYS = 60;
    public static final int MAX_ESCALATION_DELAY_HOURS = 500;
    public static final int MAX_RATING_WINDOW_DAYS = 60;

    public void check() {
        if (effectiveFrom == null) {
            throw new RuleViolation("effectiveFrom", "agreement.dates.from");
        }
        if (reviewDate == null || reviewDate.isBefore(effectiveFrom)) {
            throw new RuleViolation("reviewDate", "agreement.dates.review");
        }
        if (effectiveUntil != null && !effectiveUntil.isAfter(effectiveFrom)) {
            throw new RuleViolation("effectiveUntil", "agreement.dates.until");
        }
        if (effectiveUntil != null && reviewDate.isAfter(effectiveUntil)) {
            throw new RuleViolation("reviewDate", "agreement.dates.reviewAfterEnd");
        }
        if (autoCloseDays < 1 || autoCloseDays > MAX_AUTO_CLOSE_DAYS) {
            throw new RuleViolation("autoCloseDays", "agreement.autoClose.range", MAX_AUTO_CLOSE_DAYS);
        }
        if (escalationDelayHours < 1 || escalationDelayHours > MAX_ESCALATION_DELAY_HOURS) {
            throw new RuleViolation("escalationDelayHours", "agreement.escalationDelay.range", MAX_ESCALATION_DELAY_HOURS);
        }
        if (ratingWindowDays < 1 || ratingWindowDays > MAX_RATING_WINDOW_DAYS) {
            throw new RuleViolation("ratingWindowDays", "agreement.ratingWindow.range", MAX_RATING_WINDOW_DAYS);
        }
    }
}
