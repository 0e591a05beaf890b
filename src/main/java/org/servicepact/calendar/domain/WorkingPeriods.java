package org.servicepact.calendar.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The rules a set of working periods must keep: no period overlaps another on the same weekday. */
public final class WorkingPeriods {

    private WorkingPeriods() {
    }

    /** Problems with the given periods, for a programmer's exception; empty when they are valid. */
    public static List<String> problems(Collection<WorkingPeriod> periods) {
        return overlaps(periods).stream().map(pair -> pair.get(0) + " overlaps " + pair.get(1)).toList();
    }

    /** Each pair of periods of one weekday that overlap, the earlier first, in the order of the week. */
    public static List<List<WorkingPeriod>> overlaps(Collection<WorkingPeriod> periods) {
        List<WorkingPeriod> sorted = periods.stream().sorted().toList();
        List<List<WorkingPeriod>> overlaps = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            WorkingPeriod previous = sorted.get(i - 1);
            WorkingPeriod current = sorted.get(i);
            if (previous.overlaps(current)) {
                overlaps.add(List.of(previous, current));
            }
        }
        return overlaps;
    }
}
