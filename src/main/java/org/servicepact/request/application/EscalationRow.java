package org.servicepact.request.application;

import org.servicepact.agreement.domain.Side;
import org.servicepact.platform.i18n.Message;
import org.servicepact.request.domain.Escalation;

import java.io.Serializable;
import java.time.Instant;

/** An escalation to someone, as their list shows it: acknowledged when, or still waiting (null). */
public record EscalationRow(Long id, Long requestId, String requestTitle, Message reason, Instant raisedAt,
                            String raisedByName, Escalation.Level level, Side breachedSide, Instant acknowledgedAt) implements Serializable {

    /** For the query, which reads the reason from its two columns ({@link Escalation#reasonOf}). */
    public EscalationRow(Long id, Long requestId, String requestTitle, String writtenReason, String automaticReason,
                         Instant raisedAt, String raisedByName, Escalation.Level level, Side breachedSide,
                         Instant acknowledgedAt) {
        this(id, requestId, requestTitle, Escalation.reasonOf(writtenReason, automaticReason), raisedAt, raisedByName,
                level, breachedSide, acknowledgedAt);
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }
}
