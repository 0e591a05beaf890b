package org.servicepact.request.application;

import org.servicepact.agreement.domain.Priority;
import org.servicepact.request.domain.RequestStatus;

import java.time.Instant;

/** One line of a request list. */
public record RequestRow(Long id, String title, String providerName, String consumerName, String requesterName,
                         String assigneeName, Priority priority, RequestStatus status, Instant submittedAt,
                         Instant resolutionDue) {

    public String getNumber() {
        return "REQ-" + id;
    }

    static final String SELECT = "SELECT NEW org.servicepact.request.application.RequestRow(r.id, r.title, p.name, c.name,"
            + " q.fullName, a.fullName, r.priority, r.status, r.submittedAt, r.resolutionDue)"
            + " FROM PeerRequest r JOIN r.provider p JOIN r.consumer c JOIN r.requester q LEFT JOIN r.assignee a";
}
