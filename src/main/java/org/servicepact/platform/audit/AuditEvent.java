package org.servicepact.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One entry of the audit trail: written once, never changed or removed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** What happened. */
    public enum Kind {
        SIGN_IN, SIGN_IN_FAILED, ACCOUNT_LOCKED, ADDRESS_LOCKED, UNLOCKED, PASSWORD_SET,
        EMPLOYEE_CREATED, ROLES_CHANGED, DEPARTMENT_CHANGED, DEACTIVATED, REACTIVATED, IMPORT_APPLIED,
        TOKEN_CREATED, TOKEN_REVOKED, ACCOUNT_LINKED, DIRECTORY_SYNCED
    }

    static final int LONGEST_NAME = 250;
    static final int LONGEST_DETAIL = 1000;

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private Kind kind;

    /** The same column as text, for the search box. */
    @Column(name = "kind", insertable = false, updatable = false)
    private String kindName;

    /** Who did it: a username, or null for the portal itself (a scheduled job). */
    @Column(length = LONGEST_NAME, updatable = false)
    private String actor;

    /** Whom or what it was done to: a username, an address, a file. */
    @Column(length = LONGEST_NAME, updatable = false)
    private String subject;

    /** Where from: the client address of the request, if it came from one. */
    @Column(length = 64, updatable = false)
    private String address;

    @Column(length = LONGEST_DETAIL, updatable = false)
    private String detail;

    protected AuditEvent() {
        // for JPA
    }

    AuditEvent(Instant occurredAt, Kind kind, String actor, String subject, String address, String detail) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.actor = actor;
        this.subject = subject;
        this.address = address;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Kind getKind() {
        return kind;
    }

    public String getActor() {
        return actor;
    }

    public String getSubject() {
        return subject;
    }

    public String getAddress() {
        return address;
    }

    public String getDetail() {
        return detail;
    }
}
