package org.servicepact.calendar.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.calendar.application.Calendars;
import org.servicepact.platform.i18n.Texts;
import org.servicepact.platform.web.BundleMessageResolver;
import org.servicepact.platform.web.InstantFormat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Instants and durations as people read them, in the organisation's default calendar's time zone and in the page's
 * language (the patterns are the bundle's {@code format.dateTime} and {@code format.day}).
 */
@Named
@RequestScoped
public class Times implements InstantFormat {

    @Inject
    Calendars calendars;

    private ZoneId zone;

    /** "Fri 28 Aug 2026, 11:13"; in German "Fr. 28. Aug. 2026, 11:13". */
    @Override
    public String of(Instant instant) {
        return instant == null ? "" : pattern("format.dateTime").format(instant.atZone(zone()));
    }

    /** The day alone, "Thu 1 Oct 2026", for what falls due on a date (an agreement's review). */
    public String day(Instant instant) {
        return instant == null ? "" : date(instant.atZone(zone()).toLocalDate());
    }

    /** A calendar date in the same words as {@link #day}, "Fri 18 Dec 2026" (a requested due date). */
    public String date(LocalDate date) {
        return date == null ? "" : pattern("format.day").format(date);
    }

    private static DateTimeFormatter pattern(String key) {
        return Texts.dates(BundleMessageResolver.locale(), key);
    }

    private ZoneId zone() {
        if (zone == null) {
            zone = calendars.organisationZone();
        }
        return zone;
    }

    /** "2 h 05 min" */
    public String duration(Duration duration) {
        if (duration == null) {
            return "";
        }
        long minutes = duration.toMinutes();
        return minutes >= 60 ? String.format(Locale.ENGLISH, "%d h %02d min", minutes / 60, minutes % 60) : minutes + " min";
    }
}
