package org.servicepact.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.servicepact.organisation.domain.Employee;

import java.time.Duration;
import java.time.Instant;

/**
 * A personal access token for the API: whose it is, what its holder called it, whether it may only read, until
 * when it holds, and whether it was revoked. The secret itself is never stored, only its SHA-256.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** What a token may do. */
    public enum Scope { READ_ONLY, READ_WRITE }

    /** How often the time of last use is written: a token used every second would otherwise write every second. */
    private static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", updatable = false)
    private Employee employee;

    @Column(nullable = false, length = 100, updatable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    /** The secret's last characters, so that its holder recognises it. */
    @Column(nullable = false, length = 12, updatable = false)
    private String hint;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Scope scope;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ApiToken() {
        // for JPA
    }

    ApiToken(Employee employee, String name, TokenSecret secret, Scope scope, Instant createdAt, Instant expiresAt) {
        this.employee = employee;
        this.name = name;
        this.tokenHash = secret.hash();
        this.hint = secret.hint();
        this.scope = scope;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the token lets its holder in at {@code now}: not revoked, not expired, its owner active. */
    boolean admitsAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now) && employee.isActive();
    }

    /** Whether a use at {@code now} is to be written: the time of last use is kept to the minute. */
    boolean isUseToNoteAt(Instant now) {
        return isUseToNote(lastUsedAt, now);
    }

    static boolean isUseToNote(Instant lastUsedAt, Instant now) {
        return lastUsedAt == null || !lastUsedAt.plus(USE_NOTED_EVERY).isAfter(now);
    }

    void revokeAt(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public String getName() {
        return name;
    }

    public String getHint() {
        return hint;
    }

    public Scope getScope() {
        return scope;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
