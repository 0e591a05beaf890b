package org.servicepact.request.domain;

/** Where a peer request stands. CLOSED, DECLINED and CANCELLED are final: nothing moves them. */
public enum RequestStatus {
    NEW,
    IN_PROGRESS,
    WAITING_ON_REQUESTER,
    RESOLVED,
    CLOSED,
    DECLINED,
    CANCELLED;

    public boolean isFinal() {
        return this == CLOSED || this == DECLINED || this == CANCELLED;
    }

    /** Still with the provider: new, in progress, or waiting for the requester's answer. */
    public boolean isOpen() {
        return this == NEW || this == IN_PROGRESS || this == WAITING_ON_REQUESTER;
    }
}
