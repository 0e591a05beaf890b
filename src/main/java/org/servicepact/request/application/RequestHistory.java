package org.servicepact.request.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request that happened before, with its whole history, for moving from a spreadsheet or an older tool. */
public record RequestHistory(Long agreementVersionId, Long serviceId, String requester, String priority, String title,
                             String description, LocalDate requestedDue, Instant submittedAt, List<Step> events) implements Serializable {

    /** One event of the history: what, when, who, and the words or the new priority or assignee. */
    public record Step(String kind, Instant at, String actor, String text, String priority, String assignee) implements Serializable {
    }
}
