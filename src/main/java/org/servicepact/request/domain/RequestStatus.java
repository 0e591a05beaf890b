package org.servicepact.request.domain;

import org.servicepact.platform.i18n.Message;

/** Where a peer request stands. CLOSED, DECLINED, CANCELLED and HANDED_OFF are final: nothing moves them. */
public enum RequestStatus {
    NEW,
    IN_PROGRESS,
    WAITING_ON_REQUESTER,
    RESOLVED,
    CLOSED,
    DECLINED,
    CANCELLED,
    /** Handed on to another department, as a new request there. */
    HANDED_OFF;

    /** Its name as pages and mails say it ("Waiting on the requester"). */
    public Message label() {
        return Message.of("request.status." + name());
    }

    public boolean isFinal() {
        return this == CLOSED || this == DECLINED || this == CANCELLED || this == HANDED_OFF;
    }

    /** Still with the provider: new, in progress, or waiting for the requester's answer. */
    public boolean isOpen() {
        return this == NEW || this == IN_PROGRESS || this == WAITING_ON_REQUESTER;
    }
}
