package org.servicepact.request.application;

import org.servicepact.platform.i18n.Message;


import java.time.Instant;

/**
 * Something a person should hear about a request, fired as a CDI event; the notification component
 * observes it. The request component decides who hears what; it does not know how they are told.
 *
 * @param detail         which clock or escalation it is about ("First response", an escalation's reason), so two
 *                       notices of one kind on one request read differently; {@code null} where the kind says it all
 * @param happenedAt     when it happened (a breach at its due time, not when the watcher saw it); {@code null}: now
 * @param summarisedAt   {@code null}, or the instant of the catch-up after downtime that found it: it happened while
 *                       the portal was down, and is told as part of one summary per person and kind for that
 *                       catch-up ("3 requests breached while the portal was down"), not as news of its own
 */
public record RequestNotice(long requestId, long recipientId, Kind kind, String requestTitle, Message detail,
                            Instant happenedAt, Instant summarisedAt) {

    /** What happened, for the recipient. */
    public enum Kind { ASSIGNED, QUESTION, ANSWERED, WARNING, BREACHED, ESCALATED, RESOLVED, AUTO_CLOSED }
}
