package org.servicepact.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * What a reply to one mail may do: answer the question on a request, or confirm (or reopen) its resolution, for the
 * one person the mail went to, once. Found by the SHA-256 of the token in the mail's reply address.
 */
@Entity
@Table(name = "mail_reply")
public class MailReply {

    /** What the reply does. */
    public enum Purpose { ANSWER, CONFIRM }

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(name = "employee_id", nullable = false)
    private Long employeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Purpose purpose;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected MailReply() {
        // for JPA
    }

    public MailReply(String tokenHash, long requestId, long employeeId, Purpose purpose, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.requestId = requestId;
        this.employeeId = employeeId;
        this.purpose = purpose;
        this.createdAt = createdAt;
    }

    public void use(Instant at) {
        usedAt = at;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getEmployeeId() {
        return employeeId;
    }

    public Purpose getPurpose() {
        return purpose;
    }
}
