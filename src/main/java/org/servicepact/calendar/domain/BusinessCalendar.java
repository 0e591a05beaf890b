package org.servicepact.calendar.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * When a department works: a time zone, working periods per weekday and holidays. One calendar is the
 * organisation's default, used by every department that names none of its own.
 */
@Entity
@Table(name = "business_calendar")
@NamedQuery(name = BusinessCalendar.ALL, query = "SELECT c FROM BusinessCalendar c ORDER BY c.name")
@NamedQuery(name = BusinessCalendar.DEFAULT, query = "SELECT c FROM BusinessCalendar c WHERE c.organisationDefault = TRUE")
@NamedQuery(name = BusinessCalendar.BY_NAME, query = "SELECT c FROM BusinessCalendar c WHERE LOWER(c.name) = LOWER(:name)")
public class BusinessCalendar {

    public static final String ALL = "BusinessCalendar.all";
    public static final String DEFAULT = "BusinessCalendar.default";
    public static final String BY_NAME = "BusinessCalendar.byName";

    @Id
    @SequenceGenerator(name = "business_calendar_seq", sequenceName = "business_calendar_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_calendar_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "organisation_default", nullable = false)
    private boolean organisationDefault;

    // read only to compile the calendar, which Calendars.schedule does once per version
    @ElementCollection
    @CollectionTable(name = "calendar_working_period", joinColumns = @JoinColumn(name = "calendar_id"))
    private Set<WorkingPeriod> workingPeriods = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "calendar_holiday", joinColumns = @JoinColumn(name = "calendar_id"))
    private Set<Holiday> holidays = new HashSet<>();

    @Version
    private long version;

    protected BusinessCalendar() {
        // for JPA
    }

    public BusinessCalendar(String name, ZoneId zone, Collection<WorkingPeriod> periods, Collection<Holiday> holidays) {
        redefine(name, zone, periods, holidays);
    }

    /** Replaces everything about the calendar at once, so it is never seen half-changed. */
    public final void redefine(String name, ZoneId zone, Collection<WorkingPeriod> periods, Collection<Holiday> holidays) {
        List<String> problems = WorkingPeriods.problems(periods);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("A calendar needs at least one working period");
        }
        this.name = Objects.requireNonNull(name, "name").strip();
        this.timeZone = zone.getId();
        this.workingPeriods = new HashSet<>(periods);
        this.holidays = new HashSet<>(holidays);
    }

    public void makeOrganisationDefault() {
        this.organisationDefault = true;
    }

    public void stopBeingOrganisationDefault() {
        this.organisationDefault = false;
    }

    /** The arithmetic view of this calendar, detached from persistence. */
    public BusinessSchedule schedule() {
        return BusinessSchedule.of(zone(), workingPeriods, holidays.stream().map(Holiday::date).toList());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public boolean isOrganisationDefault() {
        return organisationDefault;
    }

    public List<WorkingPeriod> getWorkingPeriods() {
        return workingPeriods.stream().sorted().toList();
    }

    public List<Holiday> getHolidays() {
        return holidays.stream().sorted().toList();
    }

    public long getVersion() {
        return version;
    }

    /** For display, consecutive days with the same hours merged: "Mon–Fri 08:00–12:00, 13:00–17:00" (days in {@code language}). */
    public String workingWeekSummary(Locale language) {
        List<String> parts = new ArrayList<>();
        DayOfWeek runStart = null;
        String runHours = null;
        for (DayOfWeek day : DayOfWeek.values()) {
            String hours = String.join(", ", getWorkingPeriods().stream()
                    .filter(p -> p.day() == day).map(p -> p.start() + "–" + p.end()).toList());
            if (!hours.equals(runHours)) {
                addRun(parts, runStart, day.minus(1), runHours, language);
                runStart = day;
                runHours = hours;
            }
        }
        addRun(parts, runStart, DayOfWeek.SUNDAY, runHours, language);
        return String.join("; ", parts);
    }

    private static void addRun(List<String> parts, DayOfWeek from, DayOfWeek to, String hours, Locale language) {
        if (from == null || hours.isEmpty()) {
            return;
        }
        String days = from == to ? shortName(from, language) : shortName(from, language) + "–" + shortName(to, language);
        parts.add(days + " " + hours);
    }

    private static String shortName(DayOfWeek day, Locale language) {
        return day.getDisplayName(TextStyle.SHORT, language);
    }
}
