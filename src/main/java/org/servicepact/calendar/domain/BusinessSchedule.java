package org.servicepact.calendar.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
 * <p>The arithmetic runs on the calendar compiled once, on first use ({@link #compiled()}): working intervals
 * on the time line with running totals, so an answer costs a lookup, not a walk over days. Periods are placed
 * on the time line with the zone's rules (shared/DOMAIN.md): a daylight-saving change shortens or lengthens the
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

    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingPeriod>> periodsByDay;
    private final Set<LocalDate> holidays;
    private volatile CompiledCalendar compiled;

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

    /** The calendar compiled for arithmetic on epoch microseconds; compiled on first use, then kept. */
    public CompiledCalendar compiled() {
        CompiledCalendar calendar = compiled;
        if (calendar == null) {
            calendar = new CompiledCalendar(zone, periodsByDay, holidays);
            compiled = calendar;
        }
        return calendar;
    }

    /** A day with working time in real time: not a holiday, and not a day whose only work lies in a gap. */
    public boolean isWorkingDay(LocalDate date) {
        return compiled().isWorkingDay(date);
    }

    /**
     * The business time between two instants: the length of the overlap of [from, to] with working
     * periods, holidays excluded. Zero when {@code to} is not after {@code from}.
     */
    public Duration elapsed(Instant from, Instant to) {
        return Duration.of(compiled().elapsed(CompiledCalendar.micros(from), CompiledCalendar.micros(to)), ChronoUnit.MICROS);
    }

    /**
     * The instant at which the business time elapsed since {@code start} reaches {@code amount}. When the
     * amount runs out exactly at the end of a period, that end is the answer (not the start of the next).
     *
     * @throws IllegalStateException when the calendar has no more working time
     */
    public Instant addBusinessTime(Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("Business time to add must not be negative: " + amount);
        }
        if (amount.isZero()) {
            return start;
        }
        return answer(compiled().plus(CompiledCalendar.micros(start), micros(amount)), start);
    }

    /**
     * The due instant of a target of {@code days} business days counted from {@code start}: the start
     * moves to the next working period if it falls outside one; that day is day 0; the answer is the end
     * of the last working period of the {@code days}-th working day after it.
     *
     * @throws IllegalStateException when the calendar has no more working time
     */
    public Instant endOfBusinessDays(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Business days must not be negative: " + days);
        }
        return answer(compiled().endOfWorkingDays(CompiledCalendar.micros(start), days), start);
    }

    /**
     * {@code instant} itself when it lies inside a working period, else the start of the next one.
     *
     * @throws IllegalStateException when the calendar has no more working time
     */
    public Instant nextWorkingInstant(Instant instant) {
        return answer(compiled().nextWorkingInstant(CompiledCalendar.micros(instant)), instant);
    }

    private static long micros(Duration amount) {
        return amount.getSeconds() > Long.MAX_VALUE / 2_000_000 ? Long.MAX_VALUE / 2
                : amount.getSeconds() * 1_000_000 + amount.getNano() / 1000;
    }

    private static Instant answer(long micros, Instant from) {
        if (micros == CompiledCalendar.NEVER) {
            throw new IllegalStateException("The calendar has no working time after " + from);
        }
        return CompiledCalendar.instant(micros);
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
