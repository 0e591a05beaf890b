package org.servicepact.request.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.request.domain.TimelineEvent.Kind;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of the clocks for any timing of a question and its answer. */
class RequestClocksPropertiesTest {

    private static final Instant MONDAY = RequestClocksTest.at("2026-11-23T08:00");
    private static final ClockTerms TERMS = ClockTerms.builder()
            .measure(Measure.RESOLUTION, Target.hours(16))
            .measure(Measure.FIRST_RESPONSE, Target.hours(2))
            .measure(Measure.CLARIFICATION, Target.hours(4)).build();

    @Provide
    Arbitrary<Integer> minutes() {
        return Arbitraries.integers().between(0, 14 * 24 * 60);
    }

    private static List<ClockReading> read(List<TimelineEvent> log, Instant now) {
        return RequestClocks.read(log, TERMS, RequestClocksTest.OFFICE, RequestClocksTest.OFFICE, now);
    }

    @Property
    void elapsedBusinessTimeNeverExceedsActualTime(@ForAll("minutes") int asked, @ForAll @IntRange(min = 1, max = 5000) int waited,
                                                   @ForAll @IntRange(min = 0, max = 20000) int later) {
        List<TimelineEvent> log = List.of(TimelineEvent.submitted(MONDAY, Priority.P2, null),
                TimelineEvent.of(Kind.QUESTION_ASKED, MONDAY.plus(Duration.ofMinutes(asked))),
                TimelineEvent.of(Kind.ANSWERED, MONDAY.plus(Duration.ofMinutes(asked + waited))));
        Instant now = MONDAY.plus(Duration.ofMinutes(asked + waited + later));
        for (ClockReading clock : read(log, now)) {
            Instant end = clock.stopped() == null ? now : clock.stopped();
            assertTrue(clock.elapsed().compareTo(Duration.between(clock.started(), end)) <= 0, clock::toString);
            assertFalse(clock.elapsed().isNegative(), clock::toString);
        }
    }

    @Property
    void waitingOnTheRequesterNeverMakesTheResolutionDueEarlier(@ForAll("minutes") int asked,
                                                                @ForAll @IntRange(min = 1, max = 5000) int waited) {
        Instant now = MONDAY.plus(Duration.ofDays(30));
        List<TimelineEvent> withoutWaiting = List.of(TimelineEvent.submitted(MONDAY, Priority.P2, null));
        List<TimelineEvent> withWaiting = List.of(TimelineEvent.submitted(MONDAY, Priority.P2, null),
                TimelineEvent.of(Kind.QUESTION_ASKED, MONDAY.plus(Duration.ofMinutes(asked))),
                TimelineEvent.of(Kind.ANSWERED, MONDAY.plus(Duration.ofMinutes(asked + waited))));

        Instant plain = RequestClocksTest.clock(read(withoutWaiting, now), Measure.RESOLUTION, 1).due();
        Instant paused = RequestClocksTest.clock(read(withWaiting, now), Measure.RESOLUTION, 1).due();
        assertFalse(paused.isBefore(plain));
    }

    /** Events at one instant (an answer and a resolution with their question) read the same in any listed order. */
    @Property
    void theOrderALogIsListedInChangesNoClock(@ForAll("minutes") int asked, @ForAll @IntRange(min = 0, max = 600) int waited,
                                              @ForAll Random random) {
        Instant question = MONDAY.plus(Duration.ofMinutes(asked));
        Instant answer = question.plus(Duration.ofMinutes(waited));
        List<TimelineEvent> log = List.of(TimelineEvent.submitted(MONDAY, Priority.P2, null),
                TimelineEvent.of(Kind.QUESTION_ASKED, question),
                TimelineEvent.of(Kind.ANSWERED, answer),
                TimelineEvent.of(Kind.QUESTION_ASKED, answer),
                TimelineEvent.of(Kind.ANSWERED, answer),
                TimelineEvent.of(Kind.RESOLVED, answer),
                TimelineEvent.of(Kind.REOPENED, answer.plus(Duration.ofHours(1))));
        List<TimelineEvent> shuffled = new ArrayList<>(log);
        Collections.shuffle(shuffled, random);
        Instant now = answer.plus(Duration.ofDays(2));

        assertEquals(read(log, now), read(shuffled, now));
    }
}
