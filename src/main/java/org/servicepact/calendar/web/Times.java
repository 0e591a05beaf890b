package org.servicepact.calendar.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.calendar.application.Calendars;
import org.servicepact.calendar.domain.BusinessCalendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants and durations as people read them, in the organisation's default calendar's time zone. */
@Named
@RequestScoped
public class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    @Inject
    Calendars calendars;

    private ZoneId zone;

    public String of(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant.atZone(zone()));
    }

    /** The day alone, "Thu 1 Oct 2026", for what falls due on a date (an agreement's review). */
    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(zone()));
    }

    private ZoneId zone() {
        if (zone == null) {
            zone = calendars.organisationDefault().map(BusinessCalendar::zone).orElse(ZoneId.of("UTC"));
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
