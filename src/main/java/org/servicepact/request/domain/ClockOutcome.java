package org.servicepact.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Side;

import java.util.Objects;

/**
 * Where one clock of a request stands, as the reports count it: OPEN (running or paused), MET or BREACHED,
 * and the business seconds it ran once it stopped. It changes only when the clock settles or breaches, so
 * keeping it current costs a write per change, not per minute.
 */
@Embeddable
public class ClockOutcome {

    /** A clock's state as the reports count it. */
    public enum State { OPEN, MET, BREACHED }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Measure measure;

    @Enumerated(EnumType.STRING)
    @Column(name = "owed_by", nullable = false, length = 10)
    private Side owedBy;

    @Column(name = "clock_cycle", nullable = false)
    private int cycle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private State state;

    @Column(name = "elapsed_seconds", nullable = false)
    private long elapsedSeconds;

    protected ClockOutcome() {
        // for JPA
    }

    private ClockOutcome(Measure measure, Side owedBy, int cycle, State state, long elapsedSeconds) {
        this.measure = measure;
        this.owedBy = owedBy;
        this.cycle = cycle;
        this.state = state;
        this.elapsedSeconds = elapsedSeconds;
    }

    public static ClockOutcome of(ClockReading reading) {
        State state = switch (reading.state()) {
            case MET -> State.MET;
            case BREACHED -> State.BREACHED;
            default -> State.OPEN;
        };
        return new ClockOutcome(reading.measure(), reading.owedBy(), reading.cycle(), state,
                reading.stopped() == null ? 0 : reading.elapsed().toSeconds());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClockOutcome other && measure == other.measure && owedBy == other.owedBy && cycle == other.cycle
                && state == other.state && elapsedSeconds == other.elapsedSeconds;
    }

    @Override
    public int hashCode() {
        return Objects.hash(measure, owedBy, cycle, state, elapsedSeconds);
    }
}
