package org.servicepact.request.web;

import org.junit.jupiter.api.Test;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.request.domain.ClockReading;
import org.servicepact.request.domain.ClockReading.State;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClockWordsTest {

    private final ClockWords words = new ClockWords();

    private static ClockReading clock(Measure measure, State state) {
        Instant submitted = Instant.parse("2026-11-23T08:00:00Z");
        return new ClockReading(measure, measure.owedBy(), 1, submitted, submitted, 0, 0, 0, 0, state, 0);
    }

    @Test
    void aShortRequestedDateReadsAsShortNoticeNotAsABreach() {
        ClockReading shortNotice = clock(Measure.ADVANCE_NOTICE, State.BREACHED);
        assertEquals("request.clock.notice.SHORT", words.stateKey(shortNotice));
        assertEquals("portal-clock", words.styleOf(shortNotice), "told, not sounded as an alarm");
        assertEquals("request.clock.notice.GIVEN", words.stateKey(clock(Measure.ADVANCE_NOTICE, State.MET)));
    }

    @Test
    void completenessNeverFlaggedReadsNotFlagged() {
        assertEquals("request.clock.notFlagged", words.stateKey(clock(Measure.COMPLETENESS, State.MET)));
        assertEquals("request.clock.state.BREACHED", words.stateKey(clock(Measure.COMPLETENESS, State.BREACHED)));
    }

    @Test
    void runningClocksReadTheirState() {
        ClockReading breached = clock(Measure.RESOLUTION, State.BREACHED);
        assertEquals("request.clock.state.BREACHED", words.stateKey(breached));
        assertEquals("portal-clock portal-clock-BREACHED", words.styleOf(breached));
    }
}
