package org.servicepact.insight.web;

import org.omnifaces.util.Messages;
import org.servicepact.insight.application.Period;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The period a report page shows, from its view parameters {@code from} and {@code to} (yyyy-MM): the last six
 * months unless chosen, and the months to choose from (the last two years). An address may name any month; a report
 * covers only months the menus offer, so an edited address cannot make a page of a hundred thousand months.
 */
public class PeriodChoice implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_MONTHS = 6;
    static final int CHOICES = 24;

    private String from;
    private String to;
    /** Whether a month the address gave was not one the menus offer, and another was shown in its place. */
    private boolean adjusted;

    /**
     * The chosen period. A missing month falls back to the default; a malformed one too, and a month before the
     * menus' first or after the current one is brought to the nearest month they offer; both are then
     * {@linkplain #isAdjusted() adjusted}.
     */
    public Period period(YearMonth current) {
        Period fallback = Period.lastMonths(DEFAULT_MONTHS, current);
        YearMonth earliest = current.minusMonths(CHOICES - 1L);
        adjusted = false;
        return new Period(offered(from, fallback.from(), earliest, current), offered(to, fallback.to(), earliest, current));
    }

    private YearMonth offered(String text, YearMonth fallback, YearMonth earliest, YearMonth latest) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        YearMonth month = parse(text);
        if (month == null) {
            adjusted = true;
            return fallback;
        }
        YearMonth within = month.isBefore(earliest) ? earliest : month.isAfter(latest) ? latest : month;
        adjusted |= !within.equals(month);
        return within;
    }

    private static YearMonth parse(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException wrong) {
            return null;
        }
    }

    public boolean isAdjusted() {
        return adjusted;
    }

    /** Fills in the months actually shown, so the menus show them, and tells the reader when the address asked for others. */
    public void settle(Period shown, InsightFormat format) {
        from = shown.from().toString();
        to = shown.to().toString();
        if (adjusted) {
            Messages.addGlobalInfo("insight.periodAdjusted", format.month(shown.from()), format.month(shown.to()));
        }
    }

    /** The months to choose from, newest first. */
    public List<YearMonth> months(YearMonth current) {
        List<YearMonth> months = new ArrayList<>(CHOICES);
        for (int back = 0; back < CHOICES; back++) {
            months.add(current.minusMonths(back));
        }
        return months;
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
