package org.servicepact.insight.application;

import org.servicepact.request.domain.RequestStatus;

import java.io.Serializable;
import java.time.Instant;

/** A request on which the department, as consumer, owes the provider something now: an answer or a confirmation. */
public record OwedNow(Long requestId, String title, String providerName, String requesterName, RequestStatus status,
                      Instant since) implements Serializable {

    public String getNumber() {
        return "REQ-" + requestId;
    }
}
