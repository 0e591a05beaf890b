package org.servicepact.request.application;

import org.servicepact.agreement.domain.Side;
import org.servicepact.request.domain.Escalation;

import java.time.Instant;

/** An escalation waiting for someone's acknowledgement, as their list shows it. */
public record EscalationRow(Long id, Long requestId, String requestTitle, String reason, Instant raisedAt,
                            String raisedByName, Escalation.Level level, Side breachedSide) {
}
