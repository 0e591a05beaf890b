package org.servicepact.request.application;

import org.servicepact.agreement.domain.Side;
import org.servicepact.platform.i18n.Message;
import org.servicepact.request.domain.Escalation;

import java.time.Instant;

/** An escalation waiting for someone's acknowledgement, as their list shows it. */
public record EscalationRow(Long id, Long requestId, String requestTitle, Message reason, Instant raisedAt,
                            String raisedByName, Escalation.Level level, Side breachedSide) {

    /** For the query, which reads the reason from its two columns ({@link Escalation#reasonOf}). */
    public EscalationRow(Long id, Long requestId, String requestTitle, String writtenReason, String automaticReason,
                         Instant raisedAt, String raisedByName, Escalation.Level level, Side breachedSide) {
        this(id, requestId, requestTitle, Escalation.reasonOf(writtenReason, automaticReason), raisedAt, raisedByName,
                level, breachedSide);
    }
}
