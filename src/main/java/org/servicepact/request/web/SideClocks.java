package org.servicepact.request.web;

import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Side;
import org.servicepact.request.domain.ClockReading;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One side's clocks, as the rows of the request page's table for that side. A measure that runs once per question
 * or per resolution keeps its newest {@value #CYCLES_SHOWN} cycles; its earlier stopped ones are one row saying how
 * many were met and breached (a request of 500 questions listed 500 clarification clocks at every poll).
 */
public record SideClocks(Side side, List<Row> rows) implements Serializable {

    /** The newest cycles of one measure shown one by one. */
    static final int CYCLES_SHOWN = 5;

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
        int from = 0;
        while (from < clocks.size()) {
            int to = from;
            while (to < clocks.size() && clocks.get(to).measure() == clocks.get(from).measure()) {
                to++;
            }
            addMeasure(rows, clocks.subList(from, to));
            from = to;
        }
        return rows;
    }

    private static void addMeasure(List<Row> rows, List<ClockReading> cycles) {
        int folded = 0;
        while (folded < cycles.size() - CYCLES_SHOWN && cycles.get(folded).stopped() != null) {
            folded++;
        }
        if (folded > 0) {
            List<ClockReading> earlier = cycles.subList(0, folded);
            int breached = (int) earlier.stream().filter(ClockReading::isBreached).count();
            rows.add(new Row(null, new EarlierCycles(earlier.get(0).measure(), earlier.get(folded - 1).cycle(), folded,
                    folded - breached, breached)));
        }
        cycles.subList(folded, cycles.size()).forEach(clock -> rows.add(new Row(clock, null)));
    }
}
