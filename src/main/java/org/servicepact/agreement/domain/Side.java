package org.servicepact.agreement.domain;

/** The two sides of an agreement: the party that provides the service and the party that consumes it. */
public enum Side {
    PROVIDER,
    CONSUMER;

    public Side other() {
        return this == PROVIDER ? CONSUMER : PROVIDER;
    }
}
