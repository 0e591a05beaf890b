package org.servicepact.request.web;

import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Side;
import org.servicepact.request.domain.ClockCycles;
import org.servicepact.request.domain.ClockReading;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One side's clocks, as the rows of the request page's table for that side: a measure's newest cycles one by one, its
 * earlier stopped ones one row saying how many were met and breached ({@link ClockCycles}).
 */
public record SideClocks(Side side, List<Row> rows) implements Serializable {

    /** A row of the table: one clock, or the earlier cycles of a measure together. */
    public record Row(ClockReading clock, EarlierCycles earlier) implements Serializable {
    }

    /** The earlier stopped cycles of one measure, #1 to #{@code lastCycle}: how many, how many met and breached. */
    public record EarlierCycles(Measure measure, int lastCycle, int count, int met, int breached) implements Serializable {
    }

    /** The clocks each side owes, the provider's first; the clocks come grouped by measure, each in cycle order. */
    static List<SideClocks> of(List<ClockReading> clocks) {
        return Arrays.stream(Side.values())
                .map(side -> new SideClocks(side, rows(clocks.stream().filter(c -> c.owedBy() == side).toList())))
                .toList();
    }

    private static List<Row> rows(List<ClockReading> clocks) {
        List<Row> rows = new ArrayList<>();
        ClockCycles.byMeasure(clocks).forEach(cycles -> addMeasure(rows, cycles));
        return rows;
    }

    private static void addMeasure(List<Row> rows, List<ClockReading> cycles) {
        int folded = ClockCycles.earlierStopped(cycles);
        if (folded > 0) {
            List<ClockReading> earlier = cycles.subList(0, folded);
            int breached = (int) earlier.stream().filter(ClockReading::isBreached).count();
            rows.add(new Row(null, new EarlierCycles(earlier.get(0).measure(), earlier.get(folded - 1).cycle(), folded,
                    folded - breached, breached)));
        }
        cycles.subList(folded, cycles.size()).forEach(clock -> rows.add(new Row(clock, null)));
    }
}
