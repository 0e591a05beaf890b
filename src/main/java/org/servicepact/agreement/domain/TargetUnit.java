package org.servicepact.agreement.domain;

import java.math.BigDecimal;

/** Targets count business hours or business days, each with a sane maximum. */
public enum TargetUnit {
    BUSINESS_HOURS(new BigDecimal("2000")),
    BUSINESS_DAYS(new BigDecimal("250"));

    private final BigDecimal maximum;

    TargetUnit(BigDecimal maximum) {
        this.maximum = maximum;
    }

    public BigDecimal maximum() {
        return maximum;
    }
}
