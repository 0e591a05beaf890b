package org.servicepact.request.domain;

import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.agreement.domain.Side;
import org.servicepact.calendar.domain.BusinessSchedule;
import org.servicepact.request.domain.ClockReading.State;
import org.servicepact.request.domain.TimelineEvent.Kind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads every clock of one request from its event log, the agreement's targets and the two sides'
 * calendars, at a given moment. Nothing is stored between readings: the log is the only truth, so a clock
 * can always be computed again (for an imported request, after a change of priority, after an outage).
 * Provider clocks run on the provider's calendar, consumer clocks on the consumer's (shared/DOMAIN.md).
 *
 * <pre>{@code
 * BusinessSchedule officeHours = BusinessSchedule.builder(ZoneId.of("Europe/Berlin"))
 *         .weekdays(LocalTime.of(8, 0), LocalTime.of(17, 0))
 *         .build();
 * ClockTerms terms = ClockTerms.builder()
 *         .measure(Measure.RESOLUTION, Target.hours(2))
 *         .measure(Measure.CLARIFICATION, Target.hours(4))
 *         .build();
 * Instant monday8 = Instant.parse("2026-11-23T07:00:00Z");          // 08:00 in Berlin
 * List<TimelineEvent> log = List.of(
 *         TimelineEvent.submitted(monday8, Priority.P2, null),
 *         TimelineEvent.of(Kind.QUESTION_ASKED, monday8.plus(Duration.ofHours(1))),
 *         TimelineEvent.of(Kind.ANSWERED, monday8.plus(Duration.ofMinutes(125))));
 * List<ClockReading> clocks = RequestClocks.read(log, terms, officeHours, officeHours, monday8.plus(Duration.ofHours(3)));
 * // RESOLUTION: due 11:05 (the 65 minutes waiting on the requester pushed it), 1 h 55 min elapsed, AT_RISK
 * // CLARIFICATION, cycle 1: 65 minutes, MET
 * }</pre>
 */
public final class RequestClocks {

    private static final double WARNING_SHARE = 0.75;
    private static final Set<Kind> ENDS_WAITING = Set.of(Kind.ANSWERED, Kind.RESOLVED, Kind.DECLINED, Kind.CANCELLED,
            Kind.HANDED_OFF);
    private static final Set<Kind> ENDS_CONFIRMATION = Set.of(Kind.CONFIRMED, Kind.REOPENED, Kind.AUTO_CLOSED, Kind.CANCELLED);

    private final List<TimelineEvent> log;
    private final ClockTerms terms;
    private final BusinessSchedule provider;
    private final BusinessSchedule consumer;
    private final Instant now;
    private final Instant submitted;
    private final Priority priority;

    private RequestClocks(List<TimelineEvent> log, ClockTerms terms, BusinessSchedule provider, BusinessSchedule consumer,
                          Instant now) {
        this.log = log.stream().sorted(Comparator.comparing(TimelineEvent::at)).toList();
        this.terms = terms;
        this.provider = provider;
        this.consumer = consumer;
        this.now = now;
        TimelineEvent submission = this.log.stream().filter(e -> e.kind() == Kind.SUBMITTED).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("A request's log starts with its submission"));
        this.submitted = submission.at();
        this.priority = this.log.stream().filter(e -> e.priority() != null && !e.at().isAfter(now))
                .reduce((first, second) -> second).map(TimelineEvent::priority).orElse(submission.priority());
    }

    /** Every clock of the request as it stands at {@code now}. */
    public static List<ClockReading> read(List<TimelineEvent> log, ClockTerms terms, BusinessSchedule provider,
                                          BusinessSchedule consumer, Instant now) {
        return new RequestClocks(log, terms, provider, consumer, now).readAll();
    }

    private List<ClockReading> readAll() {
        List<ClockReading> readings = new ArrayList<>();
        firstResponse().ifPresent(readings::add);
        resolution().ifPresent(readings::add);
        readings.addAll(cycles(Measure.CLARIFICATION, Kind.QUESTION_ASKED, ENDS_WAITING));
        advanceNotice().ifPresent(readings::add);
        readings.addAll(cycles(Measure.CONFIRMATION, Kind.RESOLVED, ENDS_CONFIRMATION));
        completeness().ifPresent(readings::add);
        return readings;
    }

    private Optional<ClockReading> firstResponse() {
        return target(Measure.FIRST_RESPONSE).map(target -> {
            Instant stopped = firstAfter(submitted, e -> e.kind().isProviderResponse() || e.kind() == Kind.CANCELLED);
            Instant due = target.dueFrom(provider, submitted);
            return judge(Measure.FIRST_RESPONSE, 1, provider, submitted, stopped, due, provider.elapsed(submitted, due),
                    provider.elapsed(submitted, stopped == null ? now : stopped), false);
        });
    }

    /**
     * Runs from submission to resolution; pauses while the provider waits on the requester; a reopen resumes
     * it where it stopped. Everything it did not run pushes the due instant later by the same business time.
     */
    private Optional<ClockReading> resolution() {
        return target(Measure.RESOLUTION).map(target -> {
            Duration notRunning = Duration.ZERO;
            Instant pausedSince = null;
            Instant stopped = null;
            for (TimelineEvent event : upToNow()) {
                switch (event.kind()) {
                    case QUESTION_ASKED -> {
                        if (stopped == null && pausedSince == null) {
                            pausedSince = event.at();
                        }
                    }
                    case ANSWERED -> {
                        if (pausedSince != null) {
                            notRunning = notRunning.plus(provider.elapsed(pausedSince, event.at()));
                            pausedSince = null;
                        }
                    }
                    case RESOLVED, DECLINED, CANCELLED, HANDED_OFF -> {
                        if (stopped == null) {
                            if (pausedSince != null) {
                                notRunning = notRunning.plus(provider.elapsed(pausedSince, event.at()));
                                pausedSince = null;
                            }
                            stopped = event.at();
                        }
                    }
                    case REOPENED -> {
                        if (stopped != null) {
                            notRunning = notRunning.plus(provider.elapsed(stopped, event.at()));
                            stopped = null;
                        }
                    }
                    default -> {
                        // other events do not move the resolution clock
                    }
                }
            }
            boolean paused = pausedSince != null;
            if (paused) {
                notRunning = notRunning.plus(provider.elapsed(pausedSince, now));
            }
            Instant base = target.dueFrom(provider, submitted);
            Instant due = provider.addBusinessTime(base, notRunning);
            Duration elapsed = provider.elapsed(submitted, stopped == null ? now : stopped).minus(notRunning);
            return judge(Measure.RESOLUTION, 1, provider, submitted, stopped, due, provider.elapsed(submitted, base),
                    elapsed, paused, notRunning);
        });
    }

    /** A clock per cycle: each {@code opening} event starts one, the next of {@code closing} stops it. */
    private List<ClockReading> cycles(Measure measure, Kind opening, Set<Kind> closing) {
        Optional<Target> target = target(measure);
        if (target.isEmpty()) {
            return List.of();
        }
        BusinessSchedule schedule = scheduleOf(measure);
        List<TimelineEvent> events = upToNow();
        List<ClockReading> readings = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).kind() != opening) {
                continue;
            }
            Instant started = events.get(i).at();
            Optional<TimelineEvent> end = events.subList(i + 1, events.size()).stream()
                    .filter(e -> closing.contains(e.kind())).findFirst();
            Instant stopped = end.map(TimelineEvent::at).orElse(null);
            Instant due = target.get().dueFrom(schedule, started);
            ClockReading reading = judge(measure, readings.size() + 1, schedule, started, stopped, due,
                    schedule.elapsed(started, due), schedule.elapsed(started, stopped == null ? now : stopped), false);
            if (end.isPresent() && end.get().kind() == Kind.AUTO_CLOSED) {
                reading = new ClockReading(reading.measure(), reading.owedBy(), reading.cycle(), reading.started(),
                        reading.stopped(), reading.due(), reading.warnAt(), reading.elapsed(), reading.allowed(), State.BREACHED);
            }
            readings.add(reading);
        }
        return readings;
    }

    /** Judged once at submission: the requested due date must leave at least the agreed notice. */
    private Optional<ClockReading> advanceNotice() {
        LocalDate requested = log.get(0).kind() == Kind.SUBMITTED ? log.get(0).requestedDue() : null;
        if (requested == null) {
            return Optional.empty();
        }
        return target(Measure.ADVANCE_NOTICE).map(target -> {
            Instant due = target.dueFrom(consumer, submitted);
            LocalDate dueDate = due.atZone(consumer.zone()).toLocalDate();
            Instant requestedEnd = requested.plusDays(1).atStartOfDay(consumer.zone()).toInstant();
            return new ClockReading(Measure.ADVANCE_NOTICE, Side.CONSUMER, 1, submitted, submitted, due, due,
                    consumer.elapsed(submitted, requestedEnd), consumer.elapsed(submitted, due),
                    requested.isBefore(dueDate) ? State.BREACHED : State.MET);
        });
    }

    /** A consumer breach when the provider flagged the request incomplete on its first response. */
    private Optional<ClockReading> completeness() {
        if (!terms.measures(Measure.COMPLETENESS)) {
            return Optional.empty();
        }
        return upToNow().stream().filter(e -> e.kind().isProviderResponse()).findFirst().map(first -> {
            boolean flagged = first.kind() == Kind.FLAGGED_INCOMPLETE;
            return new ClockReading(Measure.COMPLETENESS, Side.CONSUMER, 1, submitted, first.at(), first.at(), first.at(),
                    Duration.ZERO, Duration.ZERO, flagged ? State.BREACHED : State.MET);
        });
    }

    private ClockReading judge(Measure measure, int cycle, BusinessSchedule schedule, Instant started, Instant stopped,
                               Instant due, Duration allowed, Duration elapsed, boolean paused) {
        return judge(measure, cycle, schedule, started, stopped, due, allowed, elapsed, paused, Duration.ZERO);
    }

    private ClockReading judge(Measure measure, int cycle, BusinessSchedule schedule, Instant started, Instant stopped,
                               Instant due, Duration allowed, Duration elapsed, boolean paused, Duration notRunning) {
        Instant warnAt = schedule.addBusinessTime(started,
                Duration.ofSeconds(Math.round(allowed.toSeconds() * WARNING_SHARE)).plus(notRunning));
        State state;
        if (stopped != null) {
            state = stopped.isAfter(due) ? State.BREACHED : State.MET;
        } else if (now.isAfter(due)) {
            state = State.BREACHED;
        } else if (!allowed.isZero() && elapsed.toSeconds() >= WARNING_SHARE * allowed.toSeconds()) {
            state = State.AT_RISK;
        } else {
            state = paused ? State.PAUSED : State.RUNNING;
        }
        return new ClockReading(measure, measure.owedBy(), cycle, started, stopped, due, warnAt, elapsed, allowed, state);
    }

    private Optional<Target> target(Measure measure) {
        return terms.target(measure, priority);
    }

    private BusinessSchedule scheduleOf(Measure measure) {
        return measure.owedBy() == Side.PROVIDER ? provider : consumer;
    }

    private List<TimelineEvent> upToNow() {
        return log.stream().filter(e -> !e.at().isAfter(now)).toList();
    }

    private Instant firstAfter(Instant from, Predicate<TimelineEvent> matches) {
        return upToNow().stream().filter(e -> !e.at().isBefore(from) && e.kind() != Kind.SUBMITTED)
                .filter(matches).findFirst().map(TimelineEvent::at).orElse(null);
    }
}
