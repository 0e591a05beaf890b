package org.servicepact.request.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A request waiting on someone, for their to-do list: since when (the question asked, the resolution given, the
 * submission), and when it is due with its 75 % warning, where there is one.
 */
public record WaitingRequest(Long id, String title, String otherPartyName, Instant since, Instant due, Instant warnAt) implements Serializable {

    public String getNumber() {
        return "REQ-" + id;
    }
}
