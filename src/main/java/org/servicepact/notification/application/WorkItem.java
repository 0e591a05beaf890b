package org.servicepact.notification.application;

import org.servicepact.platform.i18n.Message;

import java.io.Serializable;
import java.time.Instant;

/**
 * One thing waiting on a person, on their home page: what to do ({@link Kind}), on what (its number and title, and the
 * other party or person), why it waits where that is not plain from the kind (an escalation's reason: a request
 * can be escalated once per clock), until when or since when, and the page where it is done.
 *
 * @param id     the id of what it is on: the request (also for an escalation and a rating), the letter, the agreement
 * @param reason an escalation's reason, else {@code null}
 * @param page   the portal path that opens it, e.g. {@code /requests/request.xhtml?id=42}
 */
public record WorkItem(Kind kind, long id, String number, String title, String detail, Message reason, Instant due, Instant since,
                       String page, Urgency urgency) implements Serializable {

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
