package org.servicepact.agreement.domain;

/**
 * What a measured commitment measures (shared/DOMAIN.md, "Measured commitments"), and which side may owe
 * it. COMPLETENESS is judged by the provider's flag, not by a clock, so it takes no targets.
 */
public enum Measure {
    FIRST_RESPONSE(Side.PROVIDER, true),
    RESOLUTION(Side.PROVIDER, true),
    CLARIFICATION(Side.CONSUMER, true),
    ADVANCE_NOTICE(Side.CONSUMER, true),
    CONFIRMATION(Side.CONSUMER, true),
    COMPLETENESS(Side.CONSUMER, false);

    private final Side owedBy;
    private final boolean timed;

    Measure(Side owedBy, boolean timed) {
        this.owedBy = owedBy;
        this.timed = timed;
    }

    /** The only side that can owe this measure. */
    public Side owedBy() {
        return owedBy;
    }

    /** Whether the measure runs a clock and so needs a target for every priority. */
    public boolean isTimed() {
        return timed;
    }
}
