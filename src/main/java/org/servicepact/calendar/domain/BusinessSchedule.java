package org.servicepact.calendar.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Business-time arithmetic over one calendar: a time zone, working periods per weekday and holidays.
 * Immutable and free of any container, so clocks can be computed (and tested) anywhere.
 *
 * <p>Every method works on whole working periods, one day at a time, never minute by minute. Periods are
 * placed on the time line with the zone's rules, so a daylight-saving change shortens or lengthens the
 * period it falls in, exactly as a wall clock in that zone would.
 *
 * <pre>{@code
 * BusinessSchedule officeHours = BusinessSchedule.builder(ZoneId.of("Europe/Berlin"))
 *         .weekdays(LocalTime.of(8, 0), LocalTime.of(17, 0))
 *         .holiday(LocalDate.of(2026, 12, 25))
 *         .build();
 * Duration worked = officeHours.elapsed(openedAt, now);
 * Instant due = officeHours.addBusinessTime(openedAt, Duration.ofHours(4));
 * }</pre>
 */
public final class BusinessSchedule {

    /** How far ahead the arithmetic searches for working time before it gives up on a calendar. */
    private static final int MAX_DAYS_WITHOUT_WORK = 3 * 366;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingPeriod>> periodsByDay;
    private final Set<LocalDate> holidays;

    private BusinessSchedule(ZoneId zone, Collection<WorkingPeriod> periods, Collection<LocalDate> holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        List<String> problems = WorkingPeriods.problems(periods);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        Map<DayOfWeek, List<WorkingPeriod>> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            byDay.put(day, periods.stream().filter(p -> p.day() == day).sorted().toList());
        }
        this.periodsByDay = byDay;
        this.holidays = Set.copyOf(holidays);
    }

    public static BusinessSchedule of(ZoneId zone, Collection<WorkingPeriod> periods, Collection<LocalDate> holidays) {
        return new BusinessSchedule(zone, periods, holidays);
    }

    public static Builder builder(ZoneId zone) {
        return new Builder(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate date) {
        return !holidays.contains(date) && !periodsByDay.get(date.getDayOfWeek()).isEmpty();
    }

    /**
     * The business time between two instants: the length of the overlap of [from, to] with working
     * periods, holidays excluded. Zero when {@code to} is not after {@code from}.
     */
    public Duration elapsed(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = localDate(to);
        for (LocalDate day = localDate(from); !day.isAfter(last); day = day.plusDays(1)) {
            for (Interval period : intervalsOn(day)) {
                total = total.plus(period.overlap(from, to));
            }
        }
        return total;
    }

    /**
     * The instant at which the business time elapsed since {@code start} reaches {@code amount}. When the
     * amount runs out exactly at the end of a period, that end is the answer (not the start of the next).
     */
    public Instant addBusinessTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Business time to add must not be negative: " + amount);
        }
        if (amount.isZero()) {
            return start;
        }
        Duration remaining = amount;
        LocalDate day = localDate(start);
        int idleDays = 0;
        while (idleDays <= MAX_DAYS_WITHOUT_WORK) {
            boolean worked = false;
            for (Interval period : intervalsOn(day)) {
                if (!period.end().isAfter(start)) {
                    continue;
                }
                worked = true;
                Instant from = period.start().isAfter(start) ? period.start() : start;
                Duration available = Duration.between(from, period.end());
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
            idleDays = worked ? 0 : idleDays + 1;
            day = day.plusDays(1);
        }
        throw noWorkingTime(start);
    }

    /**
     * The due instant of a target of {@code days} business days counted from {@code start}: the start
     * moves to the next working period if it falls outside one; that day is day 0; the answer is the end
     * of the last working period of the {@code days}-th working day after it.
     */
    public Instant endOfBusinessDays(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Business days must not be negative: " + days);
        }
        LocalDate day = localDate(nextWorkingInstant(start));
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        List<Interval> periods = intervalsOn(day);
        return periods.get(periods.size() - 1).end();
    }

    /** {@code instant} itself when it lies inside a working period, else the start of the next one. */
    public Instant nextWorkingInstant(Instant instant) {
        LocalDate day = localDate(instant);
        for (int searched = 0; searched <= MAX_DAYS_WITHOUT_WORK; searched++, day = day.plusDays(1)) {
            for (Interval period : intervalsOn(day)) {
                if (period.end().isAfter(instant)) {
                    return period.start().isAfter(instant) ? period.start() : instant;
                }
            }
        }
        throw noWorkingTime(instant);
    }

    private List<Interval> intervalsOn(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        List<WorkingPeriod> periods = periodsByDay.get(day.getDayOfWeek());
        List<Interval> intervals = new ArrayList<>(periods.size());
        for (WorkingPeriod period : periods) {
            Instant start = ZonedDateTime.of(day, period.start(), zone).toInstant();
            Instant end = ZonedDateTime.of(day, period.end(), zone).toInstant();
            if (end.isAfter(start)) {
                intervals.add(new Interval(start, end));
            }
        }
        return intervals;
    }

    private LocalDate localDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    private IllegalStateException noWorkingTime(Instant from) {
        return new IllegalStateException("The calendar has no working time within "
                + MAX_DAYS_WITHOUT_WORK + " days of " + from);
    }

    private record Interval(Instant start, Instant end) {
        Duration overlap(Instant from, Instant to) {
            Instant lower = start.isAfter(from) ? start : from;
            Instant upper = end.isBefore(to) ? end : to;
            return upper.isAfter(lower) ? Duration.between(lower, upper) : Duration.ZERO;
        }
    }

    /** Collects periods and holidays for a schedule; mostly for tests and the demo data. */
    public static final class Builder {
        private final ZoneId zone;
        private final List<WorkingPeriod> periods = new ArrayList<>();
        private final List<LocalDate> holidays = new ArrayList<>();

        private Builder(ZoneId zone) {
            this.zone = zone;
        }

        public Builder period(DayOfWeek day, LocalTime start, LocalTime end) {
            periods.add(new WorkingPeriod(day, start, end));
            return this;
        }

        /** The same period on Monday to Friday. */
        public Builder weekdays(LocalTime start, LocalTime end) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                    period(day, start, end);
                }
            }
            return this;
        }

        public Builder holiday(LocalDate date) {
            holidays.add(date);
            return this;
        }

        public BusinessSchedule build() {
            return new BusinessSchedule(zone, periods, holidays);
        }
    }
}
