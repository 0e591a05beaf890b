package org.servicepact.request.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.request.domain.ClockReading;
import org.servicepact.request.domain.ClockReading.State;

/**
 * How a clock's state reads on a page, in plain words for the side it concerns. Most clocks read their state
 * (running, met, breached); two are not clocks that run: completeness is judged once, by a flag (never flagged
 * reads "Not flagged", not "Met"), and advance notice is judged once, at submission (a short requested date reads
 * "Short notice", a fact the provider was told of, not a breach to escalate).
 */
@Named
@ApplicationScoped
public class ClockWords {

    /** The message key of the clock's state as the page words it. */
    public String stateKey(ClockReading clock) {
        if (clock.measure() == Measure.COMPLETENESS && clock.state() == State.MET) {
            return "request.clock.notFlagged";
        }
        if (clock.measure() == Measure.ADVANCE_NOTICE) {
            return clock.isBreached() ? "request.clock.notice.SHORT" : "request.clock.notice.GIVEN";
        }
        return "request.clock.state." + clock.state();
    }

    /** The style of that state: short notice is told, not sounded as an alarm. */
    public String styleOf(ClockReading clock) {
        if (clock.measure() == Measure.ADVANCE_NOTICE || clock.measure() == Measure.COMPLETENESS && clock.state() == State.MET) {
            return "portal-clock";
        }
        return "portal-clock portal-clock-" + clock.state();
    }
}
