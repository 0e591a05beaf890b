package org.servicepact.request.application;

import org.servicepact.platform.i18n.Message;

/**
 * Something a person should hear about a request, fired as a CDI event; the notification component
 * observes it. The request component decides who hears what; it does not know how they are told.
 *
 * @param detail which clock or escalation it is about ("First response", an escalation's reason), so two notices
 *               of one kind on one request read differently; {@code null} where the kind says it all
 */
public record RequestNotice(long requestId, long recipientId, Kind kind, String requestTitle, Message detail) {

    /** What happened, for the recipient. */
    public enum Kind { ASSIGNED, QUESTION, ANSWERED, WARNING, BREACHED, ESCALATED, RESOLVED, AUTO_CLOSED }
}
