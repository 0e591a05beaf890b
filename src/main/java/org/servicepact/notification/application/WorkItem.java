package org.servicepact.notification.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * One thing waiting on a person, on their home page: what to do ({@link Kind}), on what (its number and title, and the
 * other party or person), until when or since when, and the page where it is done.
 *
 * @param page the portal path that opens it, e.g. {@code /requests/request.xhtml?id=42}
 */
public record WorkItem(Kind kind, String number, String title, String detail, Instant due, Instant since, String page,
                       Urgency urgency) implements Serializable {

    /** What waits: each has its own words on the home page. */
    public enum Kind { ESCALATION, QUESTION, CONFIRMATION, ASSIGNED, UNTAKEN, LETTER, RATING, PROPOSAL, REVIEW }

    /** Past its due time first, then at risk (75 % of its time gone, or about a breach), then the rest. */
    public enum Urgency { OVERDUE, AT_RISK, WAITING }

    public boolean isOverdue() {
        return urgency == Urgency.OVERDUE;
    }

    public boolean isAtRisk() {
        return urgency == Urgency.AT_RISK;
    }
}
