package org.servicepact.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The hashed password of one employee. Never holds or returns the password itself. */
@Entity
@Table(name = "login_credential")
public class LoginCredential {

    @Id
    @Column(name = "employee_id")
    private Long employeeId;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected LoginCredential() {
        // for JPA
    }

    LoginCredential(Long employeeId, String passwordHash, Instant changedAt) {
        this.employeeId = employeeId;
        replaceHash(passwordHash, changedAt);
    }

    final void replaceHash(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.changedAt = at;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
