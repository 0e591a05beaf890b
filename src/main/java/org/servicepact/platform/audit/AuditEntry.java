package org.servicepact.platform.audit;

import java.time.Instant;

/** One line of the audit trail as administrators read it. */
public record AuditEntry(long id, Instant occurredAt, AuditEvent.Kind kind, String actor, String subject, String address,
                         String detail) {

    static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.getId(), event.getOccurredAt(), event.getKind(), event.getActor(), event.getSubject(),
                event.getAddress(), event.getDetail());
    }
}
