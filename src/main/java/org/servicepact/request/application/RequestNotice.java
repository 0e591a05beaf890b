package org.servicepact.request.application;

/**
 * Something a person should hear about a request, fired as a CDI event; the notification component
 * observes it. The request component decides who hears what; it does not know how they are told.
 */
public record RequestNotice(long requestId, long recipientId, Kind kind, String requestTitle) {

    /** What happened, for the recipient. */
    public enum Kind { ASSIGNED, QUESTION, ANSWERED, WARNING, BREACHED, ESCALATED, RESOLVED, AUTO_CLOSED }
}
