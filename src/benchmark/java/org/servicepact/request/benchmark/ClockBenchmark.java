package org.servicepact.request.benchmark;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
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
import java.util.concurrent.TimeUnit;

/**
 * How many times a second the clocks of one request can be read, on one thread: a request with 20 events
 * (seven question-and-answer rounds, a reopen) over a split-day calendar with a year of holidays, the provider
 * in Berlin and the consumer in New York. Run on purpose with JMH, not by the tests:
 * {@code mvn -Pbenchmark test-compile exec:exec} (README, "Performance").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClockBenchmark {

    private final BusinessSchedule provider = splitDays(ZoneId.of("Europe/Berlin"));
    private final BusinessSchedule consumer = splitDays(ZoneId.of("America/New_York"));
    private final ClockTerms terms = ClockTerms.builder()
            .measure(Measure.FIRST_RESPONSE, Target.hours(2))
            .measure(Measure.RESOLUTION, Target.hours(40))
            .measure(Measure.CLARIFICATION, Target.hours(8))
            .measure(Measure.CONFIRMATION, Target.days(3))
            .measure(Measure.ADVANCE_NOTICE, Target.days(2))
            .flagged(Measure.COMPLETENESS)
            .build();
    private final List<TimelineEvent> log = twentyEvents();
    private final Instant now = log.get(log.size() - 1).at().plus(Duration.ofDays(3));

    @Benchmark
    public List<ClockReading> readTheClocks() {
        return RequestClocks.read(log, terms, provider, consumer, now);
    }

    /** 08:00–12:00 and 13:00–17:00 on weekdays, a holiday every 17 days of 2026. */
    static BusinessSchedule splitDays(ZoneId zone) {
        BusinessSchedule.Builder calendar = BusinessSchedule.builder(zone)
                .weekdays(LocalTime.of(8, 0), LocalTime.of(12, 0))
                .weekdays(LocalTime.of(13, 0), LocalTime.of(17, 0));
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(17)) {
            calendar.holiday(day);
        }
        return calendar.build();
    }

    /** Submitted with a requested date, seven question-and-answer rounds, resolved, reopened, resolved, confirmed. */
    static List<TimelineEvent> twentyEvents() {
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
