package org.servicepact.request.domain;

import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Side;
import org.servicepact.calendar.domain.BusinessSchedule;
import org.servicepact.calendar.domain.CalendarPoint;
import org.servicepact.calendar.domain.CompiledCalendar;
import org.servicepact.request.domain.ClockReading.State;
import org.servicepact.request.domain.TimelineEvent.Kind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Reads every clock of one request from its event log, the agreement's targets and the two sides'
 * calendars, at a given moment. Nothing is stored between readings: the log is the only truth, so a clock
 * can always be computed again (for an imported request, after a change of priority, after an outage).
 * Provider clocks run on the provider's calendar, consumer clocks on the consumer's (shared/DOMAIN.md).
 *
 * <p>One pass over the log, on the compiled calendars ({@link CompiledCalendar}), in epoch microseconds.
 * Events at the same instant are read in causal order (the submission first, a question before its answer),
 * whatever order they come in. A clock that has stopped keeps the target in force when it stopped, and a
 * breach once reached stands whatever the priority becomes; ADVANCE_NOTICE is judged with the priority given at
 * submission.
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
    private static final long NONE = Long.MIN_VALUE;
    private static final long NEVER = CompiledCalendar.NEVER;
    private static final long MICROS_PER_SECOND = 1_000_000;

    private final ClockTerms terms;
    private final CompiledCalendar provider;
    private final CompiledCalendar consumer;
    private final long now;

    /** The log in causal order, with each event's time. */
    private final TimelineEvent[] events;
    private final long[] times;
    /** How many events (in causal order) happened by now, and which one is the submission. */
    private final int count;
    private final int submission;
    /** How many questions and resolutions the log holds: the most clarification and confirmation cycles it can have. */
    private final int questions;
    private final int resolutions;
    private final LocalDate requestedDue;

    private RequestClocks(List<TimelineEvent> log, ClockTerms terms, CompiledCalendar provider, CompiledCalendar consumer,
                          long now) {
        this.terms = terms;
        this.provider = provider;
        this.consumer = consumer;
        this.now = now;
        int size = log.size();
        this.events = log.toArray(new TimelineEvent[size]);
        this.times = new long[size];
        boolean inOrder = true;
        for (int i = 0; i < size; i++) {
            times[i] = CompiledCalendar.micros(events[i].at());
            inOrder &= i == 0 || !before(events[i].kind(), times[i], events[i - 1].kind(), times[i - 1]);
        }
        if (!inOrder) {
            sortCausally(events, times);
        }
        int upToNow = 0;
        int submitted = -1;
        int questionsAsked = 0;
        int resolved = 0;
        for (int i = 0; i < size; i++) {
            if (times[i] <= now) {
                upToNow = i + 1;
            }
            Kind kind = events[i].kind();
            if (submitted < 0 && kind == Kind.SUBMITTED) {
                submitted = i;
            }
            questionsAsked += kind == Kind.QUESTION_ASKED ? 1 : 0;
            resolved += kind == Kind.RESOLVED ? 1 : 0;
        }
        if (submitted < 0) {
            throw new IllegalArgumentException("A request's log starts with its submission");
        }
        this.count = upToNow;
        this.submission = submitted;
        this.questions = questionsAsked;
        this.resolutions = resolved;
        this.requestedDue = events[submitted].requestedDue();
    }

    /** Every clock of the request as it stands at {@code now}, in a list of fixed size. */
    public static List<ClockReading> read(List<TimelineEvent> log, ClockTerms terms, BusinessSchedule provider,
                                          BusinessSchedule consumer, Instant now) {
        return new RequestClocks(log, terms, provider.compiled(), consumer.compiled(), CompiledCalendar.micros(now)).readAll();
    }

    private List<ClockReading> readAll() {
        int priority = events[submission].priority().ordinal();
        Clock firstResponse = terms.measures(Measure.FIRST_RESPONSE)
                ? new Clock(Measure.FIRST_RESPONSE, provider, submission, priority) : null;
        Clock resolution = terms.measures(Measure.RESOLUTION)
                ? new Clock(Measure.RESOLUTION, provider, submission, priority) : null;
        // The readings in the order they are listed: first response, resolution, a clarification per question,
        // advance notice, a confirmation per resolution, completeness. A slot stays empty when there is no reading.
        ClockReading[] slots = new ClockReading[4 + questions + resolutions];
        Cycles clarifications = terms.measures(Measure.CLARIFICATION) ? new Cycles(Measure.CLARIFICATION, slots, 2) : null;
        Cycles confirmations = terms.measures(Measure.CONFIRMATION)
                ? new Cycles(Measure.CONFIRMATION, slots, 3 + questions) : null;
        int firstResponseEvent = -1;

        for (int i = submission + 1; i < count; i++) {
            Kind kind = events[i].kind();
            long at = times[i];
            if (kind == Kind.PRIORITY_CHANGED) {
                priority = events[i].priority().ordinal();
                changePriority(firstResponse, priority, at);
                changePriority(resolution, priority, at);
                changePriority(clarifications, priority, at);
                changePriority(confirmations, priority, at);
                continue;
            }
            if (kind.isProviderResponse() && firstResponseEvent < 0) {
                firstResponseEvent = i;
            }
            if (firstResponse != null && (kind.isProviderResponse() || kind == Kind.CANCELLED)) {
                firstResponse.stop(i);
            }
            if (resolution != null) {
                switch (kind) {
                    case QUESTION_ASKED -> resolution.pause(at);
                    case ANSWERED -> resolution.resume(at);
                    case RESOLVED, DECLINED, CANCELLED, HANDED_OFF -> resolution.stop(i);
                    case REOPENED -> resolution.reopen(at, priority);
                    default -> {
                        // other events do not move the resolution clock
                    }
                }
            }
            if (clarifications != null) {
                if (endsWaiting(kind)) {
                    clarifications.stopAll(i, false);
                }
                if (kind == Kind.QUESTION_ASKED) {
                    clarifications.start(i, priority);
                }
            }
            if (confirmations != null) {
                if (endsConfirmation(kind)) {
                    confirmations.stopAll(i, kind == Kind.AUTO_CLOSED);
                }
                if (kind == Kind.RESOLVED) {
                    confirmations.start(i, priority);
                }
            }
        }

        slots[0] = readingOf(firstResponse);
        slots[1] = readingOf(resolution);
        if (clarifications != null) {
            clarifications.readRunning();
        }
        slots[2 + questions] = advanceNotice(events[submission].priority().ordinal());
        if (confirmations != null) {
            confirmations.readRunning();
        }
        slots[slots.length - 1] = completeness(firstResponseEvent);
        return inOrder(slots);
    }

    private static void changePriority(Clock clock, int priority, long at) {
        if (clock != null) {
            clock.changePriority(priority, at);
        }
    }

    private static void changePriority(Cycles cycles, int priority, long at) {
        if (cycles != null) {
            cycles.changePriority(priority, at);
        }
    }

    private static boolean endsWaiting(Kind kind) {
        return kind == Kind.ANSWERED || kind == Kind.RESOLVED || kind == Kind.DECLINED || kind == Kind.CANCELLED
                || kind == Kind.HANDED_OFF;
    }

    private static boolean endsConfirmation(Kind kind) {
        return kind == Kind.CONFIRMED || kind == Kind.REOPENED || kind == Kind.AUTO_CLOSED || kind == Kind.CANCELLED;
    }

    private ClockReading readingOf(Clock clock) {
        return clock == null ? null : clock.readAt(now, 1);
    }

    /** The filled slots, in their order. */
    private static List<ClockReading> inOrder(ClockReading[] slots) {
        int filled = 0;
        for (ClockReading reading : slots) {
            if (reading != null) {
                slots[filled++] = reading;
            }
        }
        return Arrays.asList(filled == slots.length ? slots : Arrays.copyOf(slots, filled));
    }

    /** Judged once at submission, with the priority given then: the requested date must leave the agreed notice. */
    private ClockReading advanceNotice(int priority) {
        long submitted = times[submission];
        if (requestedDue == null || !terms.hasTarget(Measure.ADVANCE_NOTICE, priority)) {
            return null;
        }
        long due = dueFrom(consumer, Measure.ADVANCE_NOTICE, priority, submitted);
        long requestedEnd = consumer.endOfDay(requestedDue);
        boolean breached = due != NEVER && requestedEnd <= due;
        return new ClockReading(Measure.ADVANCE_NOTICE, Side.CONSUMER, 1, events[submission].at(), events[submission].at(),
                instantOrNone(due), instantOrNone(due), consumer.elapsed(submitted, requestedEnd),
                due == NEVER ? 0 : consumer.elapsed(submitted, due), breached ? State.BREACHED : State.MET, 0);
    }

    /** A consumer breach when the provider flagged the request incomplete on its first response. */
    private ClockReading completeness(int firstResponseEvent) {
        if (!terms.measures(Measure.COMPLETENESS) || firstResponseEvent < 0) {
            return null;
        }
        TimelineEvent first = events[firstResponseEvent];
        long at = times[firstResponseEvent];
        return new ClockReading(Measure.COMPLETENESS, Side.CONSUMER, 1, events[submission].at(), first.at(), at, at, 0,
                0, first.kind() == Kind.FLAGGED_INCOMPLETE ? State.BREACHED : State.MET, 0);
    }

    /** The due instant of a measure's target for a clock started at {@code start}, before any pause pushes it later. */
    private long dueFrom(CompiledCalendar calendar, Measure measure, int priority, long start) {
        return terms.isInDays(measure, priority) ? calendar.endOfWorkingDays(start, (int) terms.amount(measure, priority))
                : calendar.plus(start, terms.amount(measure, priority) * MICROS_PER_SECOND);
    }

    /**
     * The clocks that run once per question (clarification) or once per resolution (confirmation), all on the
     * consumer's calendar. Nothing after its stop changes such a clock, so each is read as it stops, its reading put
     * in the next of its slots (cycles are numbered in the order they started), and the clock started again for a
     * later cycle: a log with many questions does not make a clock for each.
     */
    private final class Cycles {
        private final Measure measure;
        private final ClockReading[] slots;
        private int nextSlot;
        private int cycle;
        /** The clocks running now, oldest first, linked through {@link Clock#next}; and stopped ones to start again. */
        private Clock oldest;
        private Clock newest;
        private Clock spare;

        Cycles(Measure measure, ClockReading[] slots, int firstSlot) {
            this.measure = measure;
            this.slots = slots;
            this.nextSlot = firstSlot;
        }

        void start(int event, int priority) {
            Clock clock = spare;
            if (clock == null) {
                clock = new Clock(measure, consumer, event, priority);
            } else {
                spare = clock.next;
                clock.restart(measure, consumer, event, priority);
            }
            if (newest == null) {
                oldest = clock;
            } else {
                newest.next = clock;
            }
            newest = clock;
        }

        void changePriority(int priority, long at) {
            for (Clock clock = oldest; clock != null; clock = clock.next) {
                clock.changePriority(priority, at);
            }
        }

        /** Stops every running clock at the event, reads it and keeps it for a later cycle. */
        void stopAll(int event, boolean autoClosed) {
            Clock clock = oldest;
            while (clock != null) {
                Clock following = clock.next;
                clock.stop(event);
                clock.autoClosed = autoClosed;
                record(clock);
                clock.next = spare;
                spare = clock;
                clock = following;
            }
            oldest = null;
            newest = null;
        }

        /** Reads the clocks still running, at the reading's moment. */
        void readRunning() {
            for (Clock clock = oldest; clock != null; clock = clock.next) {
                record(clock);
            }
        }

        private void record(Clock clock) {
            ClockReading reading = clock.readAt(now, cycle + 1);
            if (reading != null) {
                slots[nextSlot++] = reading;
                cycle++;
            }
        }
    }

    /**
     * One clock while the log is read: when it started and stopped, the business time it did not run (waiting on
     * the requester, or between a resolution and a reopen), the priority whose target it is judged by, and the
     * breach it reached under an earlier priority, if any.
     */
    private final class Clock {
        private Measure measure;
        private CompiledCalendar calendar;
        private int startEvent;
        private long started;
        /** Priorities by ordinal: no reference stores in the inner loop. */
        private int priority;
        private int stopEvent;
        private long stopped;
        private long waitingSince;
        private long waited;
        private long idle;
        private int basePriority;
        private long base;
        private int breachedUnder;
        private long breachedDue;
        private long notRunningAtBreach;
        /** The start found on the calendar once, for every sum from it (once {@code located}); and the business clock there. */
        private final CalendarPoint start = new CalendarPoint();
        private boolean located;
        private long startClock;
        /** Stopped late once, then reopened: breached, whatever its target is now. */
        private boolean breachedEarlier;
        boolean autoClosed;
        /** The next clock of its {@link Cycles}: running, or kept to start again. */
        Clock next;

        Clock(Measure measure, CompiledCalendar calendar, int startEvent, int priority) {
            restart(measure, calendar, startEvent, priority);
        }

        /** The clock as new, started at an event. */
        void restart(Measure measure, CompiledCalendar calendar, int startEvent, int priority) {
            this.measure = measure;
            this.calendar = calendar;
            this.startEvent = startEvent;
            this.started = times[startEvent];
            this.priority = priority;
            stopEvent = -1;
            stopped = NONE;
            waitingSince = NONE;
            waited = 0;
            idle = 0;
            basePriority = -1;
            base = 0;
            breachedUnder = 0;
            breachedDue = NONE;
            notRunningAtBreach = 0;
            located = false;
            startClock = NONE;
            breachedEarlier = false;
            autoClosed = false;
            next = null;
        }

        void pause(long at) {
            if (stopped == NONE && waitingSince == NONE) {
                waitingSince = at;
            }
        }

        void resume(long at) {
            if (waitingSince != NONE) {
                waited += calendar.elapsed(waitingSince, at);
                waitingSince = NONE;
            }
        }

        void stop(int event) {
            if (stopped != NONE) {
                return;
            }
            long at = times[event];
            resume(at);
            stopped = at;
            stopEvent = event;
        }

        /** Runs again where it stopped; had it stopped late, that breach stands whatever comes after. */
        void reopen(long at, int current) {
            if (stopped != NONE) {
                long due = dueAt(priority, stopped);
                breachedEarlier |= due != NONE && due != NEVER && stopped > due;
                idle += calendar.elapsed(stopped, at);
                stopped = NONE;
                stopEvent = -1;
                priority = current;
            }
        }

        /** A running clock takes the new target from now on; a breach reached under the old one stands. */
        void changePriority(int next, long at) {
            if (stopped == NONE) {
                keepBreachReachedBy(at);
                priority = next;
            }
        }

        /** A breach reached under the target in force until {@code at} stands, with the due that was passed. */
        private void keepBreachReachedBy(long at) {
            if (breachedDue != NONE) {
                return;
            }
            long due = dueAt(priority, at);
            if (due != NONE && due != NEVER && at > due) {
                breachedUnder = priority;
                breachedDue = due;
                notRunningAtBreach = notRunningAt(at);
            }
        }

        private long notRunningAt(long at) {
            return waited + idle + (waitingSince == NONE ? 0 : calendar.elapsed(waitingSince, at));
        }

        /** The due instant under a priority's target with what did not run until {@code at}; NONE without a target. */
        private long dueAt(int judgedBy, long at) {
            long from = baseDue(judgedBy);
            if (from == NONE || from == NEVER) {
                return from;
            }
            long notRunning = notRunningAt(at);
            return notRunning == 0 ? from : calendar.plus(from, notRunning);
        }

        private long baseDue(int judgedBy) {
            if (judgedBy != basePriority) {
                if (!terms.hasTarget(measure, judgedBy)) {
                    base = NONE;
                } else if (terms.isInDays(measure, judgedBy)) {
                    base = start().endOfWorkingDays((int) terms.amount(measure, judgedBy));
                } else {
                    base = plusFromStart(terms.amount(measure, judgedBy) * MICROS_PER_SECOND);
                }
                basePriority = judgedBy;
            }
            return base;
        }

        private CalendarPoint start() {
            if (!located) {
                start.moveTo(calendar, started);
                located = true;
            }
            return start;
        }

        private long startClock() {
            if (startClock == NONE) {
                startClock = start().businessClock();
            }
            return startClock;
        }

        /** Business time from the start to {@code instant} (not before the start). */
        private long elapsedSinceStart(long instant) {
            return instant <= started ? 0 : calendar.businessClock(instant) - startClock();
        }

        private long plusFromStart(long amount) {
            return start().plus(amount);
        }

        /** The reading at {@code now}, or null when the judging priority has no target for this measure. */
        ClockReading readAt(long now, int cycle) {
            boolean breachStands = breachedDue != NONE;
            int judgedBy = breachStands ? breachedUnder : priority;
            long from = baseDue(judgedBy);
            if (from == NONE) {
                return null;
            }
            boolean paused = stopped == NONE && waitingSince != NONE;
            long pausedFor = waited + (paused ? calendar.elapsed(waitingSince, now) : 0);
            long notRunning = pausedFor + idle;
            long due;
            long warnFrom;
            if (breachStands) {
                due = breachedDue;
                warnFrom = notRunningAtBreach;
            } else {
                due = from == NEVER || notRunning == 0 ? from : calendar.plus(from, notRunning);
                warnFrom = notRunning;
            }
            long allowed = allowedUntil(judgedBy, from);
            long end = stopped == NONE ? now : stopped;
            long elapsed = elapsedSinceStart(end) - notRunning;
            long warnAt = from == NEVER ? NEVER
                    : plusFromStart(Math.round((allowed / MICROS_PER_SECOND) * WARNING_SHARE) * MICROS_PER_SECOND + warnFrom);
            State state = state(due, allowed, elapsed, paused, breachStands);
            return new ClockReading(measure, measure.owedBy(), cycle, events[startEvent].at(),
                    stopEvent < 0 ? null : events[stopEvent].at(), instantOrNone(due), instantOrNone(warnAt), elapsed, allowed,
                    state, measure == Measure.RESOLUTION ? pausedFor : 0);
        }

        /** The business time a target allows: its hours exactly, or what its days hold, measured. */
        private long allowedUntil(int judgedBy, long baseDue) {
            if (baseDue == NEVER) {
                return 0;
            }
            return terms.isInDays(measure, judgedBy) ? elapsedSinceStart(baseDue)
                    : terms.amount(measure, judgedBy) * MICROS_PER_SECOND;
        }

        private State state(long due, long allowed, long elapsed, boolean paused, boolean breachStands) {
            if (breachStands || breachedEarlier || autoClosed) {
                return State.BREACHED;
            }
            if (stopped != NONE) {
                return stopped > due ? State.BREACHED : State.MET;
            }
            if (due != NEVER && now > due) {
                return State.BREACHED;
            }
            long allowedSeconds = allowed / MICROS_PER_SECOND;
            if (allowedSeconds > 0 && elapsed / MICROS_PER_SECOND >= WARNING_SHARE * allowedSeconds) {
                return State.AT_RISK;
            }
            return paused ? State.PAUSED : State.RUNNING;
        }
    }

    // ---- causal order of events at the same instant

    private static boolean before(Kind kindA, long atA, Kind kindB, long atB) {
        return atA < atB || atA == atB && kindA.causalRank() < kindB.causalRank();
    }

    /** Sorts the log into causal order, its times alike: a stable insertion sort, as logs are short and nearly in order. */
    private static void sortCausally(TimelineEvent[] events, long[] times) {
        for (int i = 1; i < events.length; i++) {
            TimelineEvent event = events[i];
            long at = times[i];
            int j = i - 1;
            while (j >= 0 && before(event.kind(), at, events[j].kind(), times[j])) {
                events[j + 1] = events[j];
                times[j + 1] = times[j];
                j--;
            }
            events[j + 1] = event;
            times[j + 1] = at;
        }
    }

    /** An instant for a reading: none when there is none, or when the calendar has no more working time (never). */
    private static long instantOrNone(long micros) {
        return micros == NONE || micros == NEVER ? ClockReading.NO_INSTANT : micros;
    }
}
