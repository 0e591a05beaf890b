package org.servicepact.request.domain;

import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Side;

import java.time.Duration;
import java.time.Instant;

/**
 * One clock of one request as read at a moment: which commitment it measures and which side owes it, the
 * cycle (clarification and confirmation run once per question or resolution), when it started and
 * stopped, when it is due, when it reaches 75 % of its target (if nothing pauses it meanwhile), the
 * business time it has run, the business time the target allows, its state, and the business time it spent
 * paused while the provider waited on the requester.
 *
 * <p>{@code due} and {@code warnAt} are null when the calendar has no more working time: such a clock cannot
 * come due.
 */
public record ClockReading(Measure measure, Side owedBy, int cycle, Instant started, Instant stopped, Instant due,
                           Instant warnAt, Duration elapsed, Duration allowed, State state, Duration paused) {

    /** A reading of a clock that never pauses. */
    public ClockReading(Measure measure, Side owedBy, int cycle, Instant started, Instant stopped, Instant due,
                        Instant warnAt, Duration elapsed, Duration allowed, State state) {
        this(measure, owedBy, cycle, started, stopped, due, warnAt, elapsed, allowed, state, Duration.ZERO);
    }

    /** Whether the clock can still come due (its calendar has working time ahead). */
    public boolean canComeDue() {
        return due != null;
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

    /** Share of the allowed business time used, 0.0 to beyond 1.0. */
    public double used() {
        return allowed.isZero() ? 0 : (double) elapsed.toSeconds() / allowed.toSeconds();
    }

    public boolean isBreached() {
        return state == State.BREACHED;
    }
}
