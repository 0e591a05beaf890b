package org.servicepact.calendar.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The rules a set of working periods must keep: no period overlaps another on the same weekday. */
public final class WorkingPeriods {

    private WorkingPeriods() {
    }

    /** Human-readable problems with the given periods; empty when they are valid. */
    public static List<String> problems(Collection<WorkingPeriod> periods) {
        List<WorkingPeriod> sorted = periods.stream().sorted().toList();
        List<String> problems = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            WorkingPeriod previous = sorted.get(i - 1);
            WorkingPeriod current = sorted.get(i);
            if (previous.overlaps(current)) {
                problems.add(previous + " overlaps " + current);
            }
        }
        return problems;
    }
}
