package org.servicepact.agreement.domain;

import org.servicepact.platform.i18n.Message;

/** The two sides of an agreement: the party that provides the service and the party that consumes it. */
public enum Side {
    PROVIDER,
    CONSUMER;

    /** Its name inside a sentence ("the provider", "der Anbieter"). */
    public Message label() {
        return Message.of("agreement.side." + name());
    }

    public Side other() {
        return this == PROVIDER ? CONSUMER : PROVIDER;
    }
}
