package org.servicepact.insight.web;

import org.servicepact.insight.application.Period;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The period a report page shows, from its view parameters {@code from} and {@code to} (yyyy-MM): the last six
 * months unless chosen, and the months to choose from (the last two years).
 */
public class PeriodChoice implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_MONTHS = 6;
    private static final int CHOICES = 24;

    private String from;
    private String to;

    /** The chosen period; a missing or malformed month falls back to the default. */
    public Period period(YearMonth current) {
        Period fallback = Period.lastMonths(DEFAULT_MONTHS, current);
        return new Period(parse(from, fallback.from()), parse(to, fallback.to()));
    }

    /** Fills in the months actually shown, so the menus show them. */
    public void settle(Period period) {
        from = period.from().toString();
        to = period.to().toString();
    }

    /** The months to choose from, newest first. */
    public List<YearMonth> months(YearMonth current) {
        List<YearMonth> months = new ArrayList<>(CHOICES);
        for (int back = 0; back < CHOICES; back++) {
            months.add(current.minusMonths(back));
        }
        return months;
    }

    private static YearMonth parse(String text, YearMonth fallback) {
        try {
            return text == null || text.isBlank() ? fallback : YearMonth.parse(text);
        } catch (DateTimeParseException wrong) {
            return fallback;
        }
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
