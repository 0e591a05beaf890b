package org.servicepact.request.application;

import org.servicepact.agreement.domain.Priority;
import org.servicepact.request.domain.RequestStatus;

import java.io.Serializable;
import java.time.Instant;

/** One line of a request list, with its triage cue at the moment it was read (null: none, or not yet read). */
public record RequestRow(Long id, String title, String providerName, String consumerName, String requesterName,
                         String assigneeName, Priority priority, RequestStatus status, Instant submittedAt,
                         Instant resolutionDue, Instant resolutionWarnAt, Urgency urgency) implements Serializable {

    /** As the lists' query makes it: the cue comes with {@link #readAt}. */
    public RequestRow(Long id, String title, String providerName, String consumerName, String requesterName,
                      String assigneeName, Priority priority, RequestStatus status, Instant submittedAt,
                      Instant resolutionDue, Instant resolutionWarnAt) {
        this(id, title, providerName, consumerName, requesterName, assigneeName, priority, status, submittedAt,
                resolutionDue, resolutionWarnAt, null);
    }

    /** The row with its cue at {@code now}: worked out once per row, not once per use on the page. */
    public RequestRow readAt(Instant now) {
        return new RequestRow(id, title, providerName, consumerName, requesterName, assigneeName, priority, status,
                submittedAt, resolutionDue, resolutionWarnAt, urgencyAt(now));
    }

    public String getNumber() {
        return "REQ-" + id;
    }

    /** Where the request stands against its resolution target at {@code now}: overdue, at risk, or neither (null). */
    public Urgency urgencyAt(Instant now) {
        if (!status.isOpen() || resolutionDue == null) {
            return null;
        }
        if (!now.isBefore(resolutionDue)) {
            return Urgency.OVERDUE;
        }
        return resolutionWarnAt != null && !now.isBefore(resolutionWarnAt) ? Urgency.AT_RISK : null;
    }

    /** A list's triage cue. */
    public enum Urgency { AT_RISK, OVERDUE }

    static final String SELECT = "SELECT NEW org.servicepact.request.application.RequestRow(r.id, r.title, p.name, c.name,"
            + " q.fullName, a.fullName, r.priority, r.status, r.submittedAt, r.resolutionDue,"
            + " r.resolutionWarnAt)"
            + " FROM PeerRequest r JOIN r.provider p JOIN r.consumer c JOIN r.requester q LEFT JOIN r.assignee a";
}
