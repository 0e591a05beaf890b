package org.servicepact.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A stretch of working time on one weekday, for example Monday 08:00–12:00. A period never crosses
 * midnight: its start is strictly before its end on the same day.
 */
@Embeddable
public class WorkingPeriod implements Comparable<WorkingPeriod> {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek day;

    @Column(name = "start_time", nullable = false)
    private LocalTime start;

    @Column(name = "end_time", nullable = false)
    private LocalTime end;

    protected WorkingPeriod() {
        // for JPA
    }

    public WorkingPeriod(DayOfWeek day, LocalTime start, LocalTime end) {
        this.day = Objects.requireNonNull(day, "day");
        this.start = Objects.requireNonNull(start, "start");
        this.end = Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A working period must start before it ends on the same day: "
                    + day + " " + start + "–" + end);
        }
    }

    public DayOfWeek day() {
        return day;
    }

    public LocalTime start() {
        return start;
    }

    public LocalTime end() {
        return end;
    }

    /** Nominal length, ignoring daylight-saving changes (which {@link BusinessSchedule} accounts for). */
    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean overlaps(WorkingPeriod other) {
        return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public int compareTo(WorkingPeriod other) {
        int byDay = day.compareTo(other.day);
        return byDay != 0 ? byDay : start.compareTo(other.start);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingPeriod other
                && day == other.day && start.equals(other.start) && end.equals(other.end);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, start, end);
    }

    @Override
    public String toString() {
        return day + " " + start + "–" + end;
    }
}
