package org.servicepact.agreement.application;

import java.time.LocalDate;

/**
 * A version of an agreement was proposed or came into force, fired once as a CDI event in the transaction of the act;
 * the notification component's webhooks observe it.
 *
 * @param providerDepartmentId the providing department, or null when the provider is outside the organisation
 * @param consumerDepartmentId the consuming department, or null when the consumer is outside the organisation
 */
public record AgreementHappened(long agreementId, Long providerDepartmentId, Long consumerDepartmentId, Kind kind, String title,
                                int versionNumber, LocalDate effectiveFrom) {

    /** What happened. */
    public enum Kind { PROPOSED, IN_FORCE }
}
