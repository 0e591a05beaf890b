package org.servicepact.request.benchmark;

import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.calendar.domain.BusinessSchedule;
import org.servicepact.request.domain.ClockReading;
import org.servicepact.request.domain.ClockTerms;
import org.servicepact.request.domain.RequestClocks;
import org.servicepact.request.domain.Target;
import org.servicepact.request.domain.TimelineEvent;
import org.servicepact.request.domain.TimelineEvent.Kind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How many times a second the clocks of one request can be read: a request with 20 events (questions,
 * answers, a reopen) over a split-day calendar with a year of holidays. Run on purpose, not by the tests:
 * {@code mvn -q -Pbenchmark test-compile exec:java}. Prints one line per round and the best round.
 */
public final class ClockBenchmark {

    private static final int ROUNDS = 5;
    private static final Duration ROUND = Duration.ofSeconds(3);

    private ClockBenchmark() {
    }

    public static void main(String[] arguments) {
        BusinessSchedule.Builder calendar = BusinessSchedule.builder(ZoneId.of("Europe/Berlin"))
                .weekdays(LocalTime.of(8, 0), LocalTime.of(12, 0))
                .weekdays(LocalTime.of(13, 0), LocalTime.of(17, 0));
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(17)) {
            calendar.holiday(day);
        }
        BusinessSchedule schedule = calendar.build();
        ClockTerms terms = ClockTerms.builder()
                .measure(Measure.FIRST_RESPONSE, Target.hours(2))
                .measure(Measure.RESOLUTION, Target.hours(40))
                .measure(Measure.CLARIFICATION, Target.hours(8))
                .measure(Measure.CONFIRMATION, Target.days(3))
                .measure(Measure.ADVANCE_NOTICE, Target.days(2))
                .flagged(Measure.COMPLETENESS)
                .build();
        List<TimelineEvent> log = twentyEvents();
        Instant now = log.get(log.size() - 1).at().plus(Duration.ofDays(3));

        double best = 0;
        long sink = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            long readings = 0;
            long start = System.nanoTime();
            long end = start + ROUND.toNanos();
            while (System.nanoTime() < end) {
                List<ClockReading> clocks = RequestClocks.read(log, terms, schedule, schedule, now);
                sink += clocks.size();
                readings++;
            }
            double perSecond = readings / ((System.nanoTime() - start) / 1e9);
            best = Math.max(best, perSecond);
            System.out.println(String.format(Locale.ROOT, "round %d: %,.0f clock evaluations per second", round, perSecond));
        }
        System.out.println(String.format(Locale.ROOT, "best: %,.0f clock evaluations per second (%d readings checked)", best, sink));
    }

    /** Submitted with a requested date, nine question-and-answer rounds, resolved, reopened, resolved, confirmed. */
    private static List<TimelineEvent> twentyEvents() {
        Instant at = Instant.parse("2026-03-02T08:30:00Z");
        List<TimelineEvent> log = new ArrayList<>();
        log.add(TimelineEvent.submitted(at, Priority.P3, LocalDate.of(2026, 3, 20)));
        log.add(TimelineEvent.of(Kind.ACKNOWLEDGED, at = at.plus(Duration.ofMinutes(45))));
        for (int round = 0; round < 7; round++) {
            log.add(TimelineEvent.of(Kind.QUESTION_ASKED, at = at.plus(Duration.ofHours(5))));
            log.add(TimelineEvent.of(Kind.ANSWERED, at = at.plus(Duration.ofHours(19))));
        }
        log.add(TimelineEvent.of(Kind.RESOLVED, at = at.plus(Duration.ofHours(6))));
        log.add(TimelineEvent.of(Kind.REOPENED, at = at.plus(Duration.ofHours(20))));
        log.add(TimelineEvent.of(Kind.RESOLVED, at = at.plus(Duration.ofHours(4))));
        log.add(TimelineEvent.of(Kind.CONFIRMED, at.plus(Duration.ofHours(22))));
        return log;
    }
}
