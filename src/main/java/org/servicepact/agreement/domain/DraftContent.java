package org.servicepact.agreement.domain;

import org.servicepact.calendar.domain.BusinessCalendar;

import java.io.Serializable;
import java.util.List;

/**
 * Everything a draft says, replaced at once when a draft is saved: the general terms, the calendars each
 * side's clocks use ({@code null}: that department's own, or the organisation's default), the services
 * and the commitments.
 */
public record DraftContent(VersionTerms terms, BusinessCalendar providerCalendar, BusinessCalendar consumerCalendar,
                           List<ServiceTerms> services, List<CommitmentTerms> commitments) implements Serializable {

    public DraftContent {
        services = List.copyOf(services);
        commitments = List.copyOf(commitments);
    }
}
