package org.servicepact.request.domain;

import org.junit.jupiter.api.Test;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.request.domain.ClockReading.State;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClockCyclesTest {

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    @Test
    void theNewestAreEachMeasuresLastFiveCyclesAndThoseFromItsFirstStillRunning() {
        List<ClockReading> clocks = new ArrayList<>();
        clocks.add(clock(Measure.FIRST_RESPONSE, 1, true));
        for (int cycle = 1; cycle <= 9; cycle++) {
            clocks.add(clock(Measure.RESOLUTION, cycle, true));
        }
        clocks.add(clock(Measure.CLARIFICATION, 1, true));
        clocks.add(clock(Measure.CLARIFICATION, 2, false));
        for (int cycle = 3; cycle <= 8; cycle++) {
            clocks.add(clock(Measure.CLARIFICATION, cycle, true));
        }

        assertEquals(List.of("FIRST_RESPONSE 1", "RESOLUTION 5", "RESOLUTION 6", "RESOLUTION 7", "RESOLUTION 8", "RESOLUTION 9",
                        "CLARIFICATION 2", "CLARIFICATION 3", "CLARIFICATION 4", "CLARIFICATION 5", "CLARIFICATION 6",
                        "CLARIFICATION 7", "CLARIFICATION 8"),
                ClockCycles.newest(clocks).stream().map(clock -> clock.measure() + " " + clock.cycle()).toList());
        assertEquals(List.of(1, 9, 8), ClockCycles.byMeasure(clocks).stream().map(List::size).toList());
    }

    @Test
    void fiveCyclesOrFewerAreAllNewest() {
        List<ClockReading> clocks = new ArrayList<>();
        for (int cycle = 1; cycle <= ClockCycles.NEWEST_SHOWN; cycle++) {
            clocks.add(clock(Measure.CONFIRMATION, cycle, true));
        }

        assertEquals(clocks, ClockCycles.newest(clocks));
        assertEquals(0, ClockCycles.earlierStopped(clocks));
        assertEquals(List.of(), ClockCycles.newest(List.of()));
    }

    private static ClockReading clock(Measure measure, int cycle, boolean stopped) {
        Instant started = START.plusSeconds(600L * cycle);
        return new ClockReading(measure, measure.owedBy(), cycle, started, stopped ? started.plusSeconds(60) : null, 0, 0,
                60_000_000L, 3_600_000_000L, stopped ? State.MET : State.RUNNING, 0);
    }
}
