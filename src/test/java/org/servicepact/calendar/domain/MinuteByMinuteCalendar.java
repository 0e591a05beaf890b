package org.servicepact.calendar.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The slow, obvious reference for business time: a minute is working time when it lies in one of the working
 * periods of its day or a neighbouring day, placed on the time line by shared/DOMAIN.md's rules (a time in a
 * spring-forward gap takes effect at the jump, one in an autumn overlap at its first occurrence). Everything else
 * walks minute by minute or day by day. For instants on whole minutes, in zones whose shifts are not at midnight.
 */
final class MinuteByMinuteCalendar {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final ZoneId zone;
    private final Collection<WorkingPeriod> periods;
    private final Set<LocalDate> holidays;
    private final Map<LocalDate, List<Instant[]>> intervalsByDay = new HashMap<>();

    MinuteByMinuteCalendar(ZoneId zone, Collection<WorkingPeriod> periods, Set<LocalDate> holidays) {
        this.zone = zone;
        this.periods = periods;
        this.holidays = holidays;
    }

    Duration elapsed(Instant from, Instant to) {
        long minutes = 0;
        for (Instant minute = from; minute.isBefore(to); minute = minute.plus(MINUTE)) {
            if (isWorking(minute)) {
                minutes++;
            }
        }
        return Duration.ofMinutes(minutes);
    }

    Instant addBusinessTime(Instant start, Duration amount) {
        long left = amount.toMinutes();
        Instant minute = start;
        while (left > 0) {
            if (isWorking(minute)) {
                left--;
            }
            minute = minute.plus(MINUTE);
        }
        return minute;
    }

    Instant nextWorkingInstant(Instant instant) {
        Instant minute = instant;
        while (!isWorking(minute)) {
            minute = minute.plus(MINUTE);
        }
        return minute;
    }

    boolean isWorkingDay(LocalDate date) {
        return !intervalsOn(date).isEmpty();
    }

    Instant endOfBusinessDays(Instant start, int days) {
        LocalDate day = nextWorkingInstant(start).atZone(zone).toLocalDate();
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        List<Instant[]> intervals = intervalsOn(day);
        return intervals.get(intervals.size() - 1)[1];
    }

    private boolean isWorking(Instant minute) {
        LocalDate date = minute.atZone(zone).toLocalDate();
        for (LocalDate day = date.minusDays(1); !day.isAfter(date.plusDays(1)); day = day.plusDays(1)) {
            for (Instant[] interval : intervalsOn(day)) {
                if (!minute.isBefore(interval[0]) && minute.isBefore(interval[1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The day's periods on the time line, those of no real length left out, in order. */
    private List<Instant[]> intervalsOn(LocalDate date) {
        return intervalsByDay.computeIfAbsent(date, day -> {
            List<Instant[]> intervals = new ArrayList<>();
            if (holidays.contains(day)) {
                return intervals;
            }
            DayOfWeek weekday = day.getDayOfWeek();
            periods.stream().filter(p -> p.day() == weekday).sorted().forEach(period -> {
                Instant start = onTimeLine(day, period.start());
                Instant end = onTimeLine(day, period.end());
                if (end.isAfter(start)) {
                    intervals.add(new Instant[] {start, end});
                }
            });
            return intervals;
        });
    }

    private Instant onTimeLine(LocalDate date, LocalTime time) {
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return local.atZone(zone).toInstant();
    }
}
