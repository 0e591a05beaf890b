package org.servicepact.request.application;

import java.time.Instant;

/**
 * Something happened to a request that its departments may want sent to their own systems (a chat channel, a ticket
 * tool), fired once as a CDI event in the transaction of the act; the notification component's webhooks observe it.
 *
 * @param providerDepartmentId the providing department, or null when the provider is outside the organisation
 * @param consumerDepartmentId the consuming department, or null when the consumer is outside the organisation
 * @param detail               the clock or the reason where the kind needs one ("First response"), in English
 */
public record RequestHappened(long requestId, Long providerDepartmentId, Long consumerDepartmentId, Kind kind, String title,
                              Instant at, String detail) {

    /** What happened. */
    public enum Kind { LOGGED, AT_RISK, BREACHED, ESCALATED, RESOLVED, CONFIRMED }
}
