package org.servicepact.request.domain;

import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Side;
import org.servicepact.calendar.domain.CompiledCalendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One clock of one request as read at a moment: which commitment it measures and which side owes it, the
 * cycle (clarification and confirmation run once per question or resolution), when it started and
 * stopped, when it is due, when it reaches 75 % of its target (if nothing pauses it meanwhile), the
 * business time it has run, the business time the target allows, its state, and the business time it spent
 * paused while the provider waited on the requester.
 *
 * <p>{@code due} and {@code warnAt} are null when the calendar has no more working time: such a clock cannot
 * come due.
 *
 * <p>A value with the accessors of a record. It keeps the engine's epoch microseconds and makes the {@link Instant}s
 * and {@link Duration}s when they are asked for: most readings are judged by their state and never asked, and
 * making them up front was most of what a reading allocated (see the README's clock-engine figures).
 */
public final class ClockReading {

    /** No instant: the calendar has no more working time. */
    static final long NO_INSTANT = Long.MIN_VALUE;

    private static final long MICROS_PER_SECOND = 1_000_000L;

    private final Measure measure;
    private final Side owedBy;
    private final int cycle;
    private final Instant started;
    private final Instant stopped;
    private final long dueMicros;
    private final long warnAtMicros;
    private final long elapsedMicros;
    private final long allowedMicros;
    private final State state;
    private final long pausedMicros;

    /** A reading as the engine makes it: instants in epoch microseconds ({@link #NO_INSTANT} for none), durations in microseconds. */
    ClockReading(Measure measure, Side owedBy, int cycle, Instant started, Instant stopped, long dueMicros,
                 long warnAtMicros, long elapsedMicros, long allowedMicros, State state, long pausedMicros) {
        this.measure = measure;
        this.owedBy = owedBy;
        this.cycle = cycle;
        this.started = started;
        this.stopped = stopped;
        this.dueMicros = dueMicros;
        this.warnAtMicros = warnAtMicros;
        this.elapsedMicros = elapsedMicros;
        this.allowedMicros = allowedMicros;
        this.state = state;
        this.pausedMicros = pausedMicros;
    }

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

    public Measure measure() {
        return measure;
    }

    public Side owedBy() {
        return owedBy;
    }

    public int cycle() {
        return cycle;
    }

    public Instant started() {
        return started;
    }

    public Instant stopped() {
        return stopped;
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

    public State state() {
        return state;
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

    @Override
    public boolean equals(Object other) {
        return other instanceof ClockReading that && measure == that.measure && owedBy == that.owedBy && cycle == that.cycle
                && Objects.equals(started, that.started) && Objects.equals(stopped, that.stopped)
                && dueMicros == that.dueMicros && warnAtMicros == that.warnAtMicros && elapsedMicros == that.elapsedMicros
                && allowedMicros == that.allowedMicros && state == that.state && pausedMicros == that.pausedMicros;
    }

    @Override
    public int hashCode() {
        return Objects.hash(measure, owedBy, cycle, started, stopped, dueMicros, warnAtMicros, elapsedMicros, allowedMicros,
                state, pausedMicros);
    }

    @Override
    public String toString() {
        return "ClockReading[measure=" + measure + ", owedBy=" + owedBy + ", cycle=" + cycle + ", started=" + started
                + ", stopped=" + stopped + ", due=" + due() + ", warnAt=" + warnAt() + ", elapsed=" + elapsed()
                + ", allowed=" + allowed() + ", state=" + state + ", paused=" + paused() + "]";
    }
}
