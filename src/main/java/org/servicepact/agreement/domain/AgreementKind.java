package org.servicepact.agreement.domain;

import org.servicepact.platform.rules.RuleViolation;

/**
 * What an agreement is, which follows from its parties: department to department is an internal
 * operational-level agreement, department to an external customer an external SLA, and an external vendor
 * to a department an underpinning contract. Any other pairing is refused.
 */
public enum AgreementKind {
    INTERNAL,
    EXTERNAL_SLA,
    UNDERPINNING_CONTRACT;

    /** What a party is, as far as the kind of an agreement goes. */
    public enum PartyType { DEPARTMENT, CUSTOMER, VENDOR }

    public static AgreementKind between(PartyType provider, PartyType consumer) {
        if (provider == PartyType.DEPARTMENT && consumer == PartyType.DEPARTMENT) {
            return INTERNAL;
        }
        if (provider == PartyType.DEPARTMENT && consumer == PartyType.CUSTOMER) {
            return EXTERNAL_SLA;
        }
        if (provider == PartyType.VENDOR && consumer == PartyType.DEPARTMENT) {
            return UNDERPINNING_CONTRACT;
        }
        if (provider != PartyType.DEPARTMENT && consumer != PartyType.DEPARTMENT) {
            throw new RuleViolation("counterpart", "agreement.kind.externalToExternal");
        }
        throw new RuleViolation("counterpart", provider == PartyType.DEPARTMENT
                ? "agreement.kind.vendorAsConsumer" : "agreement.kind.customerAsProvider");
    }
}
