package org.servicepact.request.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A request's clocks by measure, for showing many cycles: a measure that runs once per question or per resolution
 * shows its newest {@value #NEWEST_SHOWN} cycles one by one, and its earlier stopped ones are summed up or left out
 * (a request of 500 questions has 500 clarification clocks). A cycle still running, and every one after it, is shown.
 */
public final class ClockCycles {

    /** The newest cycles of one measure shown one by one. */
    public static final int NEWEST_SHOWN = 5;

    private ClockCycles() {
    }

    /** The clocks (grouped by measure, each in cycle order) as one run of cycles per measure, in the same order. */
    public static List<List<ClockReading>> byMeasure(List<ClockReading> clocks) {
        List<List<ClockReading>> measures = new ArrayList<>();
        int from = 0;
        while (from < clocks.size()) {
            int to = from;
            while (to < clocks.size() && clocks.get(to).measure() == clocks.get(from).measure()) {
                to++;
            }
            measures.add(clocks.subList(from, to));
            from = to;
        }
        return measures;
    }

    /** How many of one measure's cycles, from its first, are earlier than its newest and stopped. */
    public static int earlierStopped(List<ClockReading> cycles) {
        int earlier = 0;
        while (earlier < cycles.size() - NEWEST_SHOWN && cycles.get(earlier).stopped() != null) {
            earlier++;
        }
        return earlier;
    }

    /** The clocks without each measure's earlier stopped cycles. */
    public static List<ClockReading> newest(List<ClockReading> clocks) {
        List<ClockReading> newest = new ArrayList<>();
        for (List<ClockReading> cycles : byMeasure(clocks)) {
            newest.addAll(cycles.subList(earlierStopped(cycles), cycles.size()));
        }
        return newest;
    }
}
