package org.servicepact.request.domain;

import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Side;
import org.servicepact.calendar.domain.CompiledCalendar;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * One clock of one request as read at a moment: which commitment it measures and which side owes it, the
 * cycle (clarification and confirmation run once per question or resolution), when it started and
 * stopped, when it is due, when it reaches 75 % of its target (if nothing pauses it meanwhile), the
 * business time it has run, the business time the target allows, its state, and the business time it spent
 * paused while the provider waited on the requester.
 *
 * <p>{@code due()} and {@code warnAt()} are null when the calendar has no more working time: such a clock cannot
 * come due.
 *
 * <p>The reading keeps the engine's epoch microseconds ({@link #NO_INSTANT} for no instant) and makes the
 * {@link Instant}s and {@link Duration}s when they are asked for: most readings are judged by their state and never
 * asked, and making them up front was most of what reading a request's clocks allocated (README, clock engine).
 */
public record ClockReading(Measure measure, Side owedBy, int cycle, Instant started, Instant stopped, long dueMicros,
                           long warnAtMicros, long elapsedMicros, long allowedMicros, State state, long pausedMicros) implements Serializable {

    /** No instant: the calendar has no more working time. */
    public static final long NO_INSTANT = Long.MIN_VALUE;

    private static final long MICROS_PER_SECOND = 1_000_000L;

    /** Where a clock stands. */
    public enum State {
        /** Running, below 75 % of its target. */
        RUNNING,
        /** Not running for now: the provider waits on the requester. */
        PAUSED,
        /** Running (or paused) and past 75 % of its target. */
        AT_RISK,
        /** Stopped in time. */
        MET,
        /** Stopped late, or still running past its due instant. */
        BREACHED
    }

    public Instant due() {
        return instant(dueMicros);
    }

    public Instant warnAt() {
        return instant(warnAtMicros);
    }

    public Duration elapsed() {
        return duration(elapsedMicros);
    }

    public Duration allowed() {
        return duration(allowedMicros);
    }

    /** The business time the clock spent paused while the provider waited on the requester (resolution only). */
    public Duration paused() {
        return duration(pausedMicros);
    }

    /** Whether the clock can still come due (its calendar has working time ahead). */
    public boolean canComeDue() {
        return dueMicros != NO_INSTANT;
    }

    /** Share of the allowed business time used, 0.0 to beyond 1.0. */
    public double used() {
        long allowedSeconds = allowedMicros / MICROS_PER_SECOND;
        return allowedSeconds == 0 ? 0 : (double) (elapsedMicros / MICROS_PER_SECOND) / allowedSeconds;
    }

    public boolean isBreached() {
        return state == State.BREACHED;
    }

    private static Instant instant(long micros) {
        return micros == NO_INSTANT ? null : CompiledCalendar.instant(micros);
    }

    private static Duration duration(long micros) {
        return micros == 0 ? Duration.ZERO
                : Duration.ofSeconds(Math.floorDiv(micros, MICROS_PER_SECOND), Math.floorMod(micros, MICROS_PER_SECOND) * 1000);
    }
}
