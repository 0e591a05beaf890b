package org.servicepact.calendar.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The rules a set of working periods must keep: no period overlaps another on the same weekday. */
public final class WorkingPeriods {

    private WorkingPeriods() {
    }

    /** Two periods of one weekday that overlap, the one that starts first named first. */
    public record Overlap(WorkingPeriod earlier, WorkingPeriod later) {
    }

    /** Problems with the given periods, for a programmer's exception; empty when they are valid. */
    public static List<String> problems(Collection<WorkingPeriod> periods) {
        return overlaps(periods).stream().map(overlap -> overlap.earlier() + " overlaps " + overlap.later()).toList();
    }

    /** Each pair of periods of one weekday that overlap, in the order of the week. */
    public static List<Overlap> overlaps(Collection<WorkingPeriod> periods) {
        List<WorkingPeriod> sorted = periods.stream().sorted().toList();
        List<Overlap> overlaps = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            WorkingPeriod previous = sorted.get(i - 1);
            WorkingPeriod current = sorted.get(i);
            if (previous.overlaps(current)) {
                overlaps.add(new Overlap(previous, current));
            }
        }
        return overlaps;
    }
}
