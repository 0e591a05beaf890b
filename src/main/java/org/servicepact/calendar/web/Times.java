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

    @Inject
    Calendars calendars;

    private ZoneId zone;

    public String of(Instant instant) {
        if (instant == null) {
            return "";
        }
        if (zone == null) {
            zone = calendars.organisationDefault().map(BusinessCalendar::zone).orElse(ZoneId.of("UTC"));
        }
        return FORMAT.format(instant.atZone(zone));
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
