package org.servicepact.feedback.application;

import org.servicepact.agreement.domain.Side;

import java.io.Serializable;
import java.time.Instant;

/** A rating someone still owes: on which request, which side they rate, who, and until when. */
public record FeedbackDue(Long requestId, String requestTitle, Side sideToRate, String otherPartyName,
                          String otherPersonName, Instant closesAt) implements Serializable {

    public String getNumber() {
        return "REQ-" + requestId;
    }
}
