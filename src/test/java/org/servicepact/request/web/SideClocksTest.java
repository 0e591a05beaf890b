package org.servicepact.request.web;

import org.junit.jupiter.api.Test;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Side;
import org.servicepact.request.domain.ClockCycles;
import org.servicepact.request.domain.ClockReading;
import org.servicepact.request.domain.ClockReading.State;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SideClocksTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void aMeasuresEarlierStoppedCyclesAreOneRowBeforeItsNewestFive() {
        List<ClockReading> clocks = new ArrayList<>();
        clocks.add(stopped(Measure.FIRST_RESPONSE, 1, State.MET));
        for (int cycle = 1; cycle <= 12; cycle++) {
            clocks.add(stopped(Measure.CLARIFICATION, cycle, cycle % 4 == 0 ? State.BREACHED : State.MET));
        }
        clocks.add(running(Measure.CLARIFICATION, 13));
        clocks.add(stopped(Measure.CONFIRMATION, 1, State.MET));

        List<SideClocks> sides = SideClocks.of(clocks);

        assertEquals(List.of(Side.PROVIDER, Side.CONSUMER), sides.stream().map(SideClocks::side).toList());
        assertEquals(List.of("FIRST_RESPONSE 1"), labels(sides.get(0)));
        assertEquals(List.of("CLARIFICATION #1-#8: 8 = 6 met + 2 breached", "CLARIFICATION 9", "CLARIFICATION 10",
                "CLARIFICATION 11", "CLARIFICATION 12", "CLARIFICATION 13", "CONFIRMATION 1"), labels(sides.get(1)));
    }

    @Test
    void fiveCyclesOrFewerAreShownOneByOne() {
        List<ClockReading> clocks = new ArrayList<>();
        for (int cycle = 1; cycle <= ClockCycles.NEWEST_SHOWN; cycle++) {
            clocks.add(stopped(Measure.RESOLUTION, cycle, State.BREACHED));
        }

        assertEquals(List.of("RESOLUTION 1", "RESOLUTION 2", "RESOLUTION 3", "RESOLUTION 4", "RESOLUTION 5"),
                labels(SideClocks.of(clocks).get(0)));
        assertEquals(List.of(), SideClocks.of(clocks).get(1).rows());
    }

    @Test
    void aCycleStillRunningIsNeverFolded() {
        List<ClockReading> clocks = new ArrayList<>();
        clocks.add(stopped(Measure.CLARIFICATION, 1, State.MET));
        clocks.add(running(Measure.CLARIFICATION, 2));
        for (int cycle = 3; cycle <= 9; cycle++) {
            clocks.add(stopped(Measure.CLARIFICATION, cycle, State.MET));
        }

        List<SideClocks.Row> rows = SideClocks.of(clocks).get(1).rows();

        assertEquals("CLARIFICATION #1-#1: 1 = 1 met + 0 breached", label(rows.get(0)));
        assertEquals(2, rows.get(1).clock().cycle(), "the running cycle and all after it, one by one");
        assertNull(rows.get(1).earlier());
        assertEquals(9, rows.size());
    }

    private static List<String> labels(SideClocks side) {
        return side.rows().stream().map(SideClocksTest::label).toList();
    }

    private static String label(SideClocks.Row row) {
        if (row.clock() != null) {
            return row.clock().measure() + " " + row.clock().cycle();
        }
        SideClocks.EarlierCycles earlier = row.earlier();
        return earlier.measure() + " #1-#" + earlier.lastCycle() + ": " + earlier.count() + " = " + earlier.met() + " met + "
                + earlier.breached() + " breached";
    }

    private static ClockReading stopped(Measure measure, int cycle, State state) {
        Instant started = START.plusSeconds(600L * cycle);
        return new ClockReading(measure, measure.owedBy(), cycle, started, started.plusSeconds(60), 0, 0, 60_000_000L, 3_600_000_000L, state, 0);
    }

    private static ClockReading running(Measure measure, int cycle) {
        return new ClockReading(measure, measure.owedBy(), cycle, START.plusSeconds(600L * cycle), null, 0, 0, 60_000_000L, 3_600_000_000L,
                State.RUNNING, 0);
    }
}
