package org.servicepact.platform.audit;

import java.io.Serializable;
import java.time.Instant;

/** One line of the audit trail as administrators read it. */
public record AuditEntry(Long id, Instant occurredAt, AuditEvent.Kind kind, String actor, String subject, String address,
                         String detail) implements Serializable {
}
