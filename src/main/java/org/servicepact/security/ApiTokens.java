package org.servicepact.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.audit.AuditEvent;
import org.servicepact.platform.audit.AuditTrail;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.paging.PageSource;
import org.servicepact.platform.rules.RequiredText;
import org.servicepact.platform.rules.RuleViolation;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Personal access tokens: each person creates them on their profile (a name, how many days they hold, read-only
 * or read-write), sees the secret once, lists and revokes them; administrators list and revoke anyone's. The API
 * admits a token ({@link #admit}) in one indexed lookup. Creation and revocation go to the audit trail.
 */
@ApplicationScoped
public class ApiTokens implements PageSource<ApiTokens.TokenRow> {

    public static final int LONGEST_VALIDITY_DAYS = 365;
    /** Tokens one person may hold at once (not revoked, not expired). */
    public static final int MOST_ACTIVE_PER_PERSON = 20;
    private static final String ROWS = "SELECT t FROM ApiToken t JOIN FETCH t.employee e";
    private static final String MATCHING = "LOWER(e.username) LIKE :search ESCAPE '\\'"
            + " OR LOWER(e.fullName) LIKE :search ESCAPE '\\' OR LOWER(t.name) LIKE :search ESCAPE '\\'";

    @PersistenceContext
    EntityManager em;

    @Inject
    Employees employees;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    /** Whether a token holds now, as lists show it. */
    public enum Status { ACTIVE, EXPIRED, REVOKED }

    /** A token as its owner and administrators see it: never its secret. */
    public record TokenRow(long id, String owner, String ownerName, String name, String hint, ApiToken.Scope scope,
                           Instant createdAt, Instant expiresAt, Instant lastUsedAt, Status status) implements Serializable {

        static TokenRow of(ApiToken token, Instant now) {
            Status status = token.getRevokedAt() != null ? Status.REVOKED
                    : token.getExpiresAt().isAfter(now) ? Status.ACTIVE : Status.EXPIRED;
            return new TokenRow(token.getId(), token.getEmployee().getUsername(), token.getEmployee().getFullName(),
                    token.getName(), token.getHint(), token.getScope(), token.getCreatedAt(), token.getExpiresAt(),
                    token.getLastUsedAt(), status);
        }
    }

    /** A token just created, with its secret: shown once, kept nowhere. */
    public record Created(TokenRow token, String secret) implements Serializable {
    }

    /** Who a presented token lets in, and what it may do. */
    public record Bearer(String username, ApiToken.Scope scope) {
    }

    @Transactional
    public Created create(String username, String name, Integer validDays, ApiToken.Scope scope) {
        Employee owner = employees.named(username);
        String checkedName = RequiredText.of(name, 100, "tokenName");
        if (validDays == null || validDays < 1 || validDays > LONGEST_VALIDITY_DAYS) {
            throw new RuleViolation("tokenDays", "token.days.range", LONGEST_VALIDITY_DAYS);
        }
        if (scope == null) {
            throw new RuleViolation("tokenScope", "token.scope.missing");
        }
        Instant now = clock.instant();
        long active = em.createQuery("SELECT COUNT(t) FROM ApiToken t WHERE t.employee = :owner AND t.revokedAt IS NULL"
                + " AND t.expiresAt > :now", Long.class).setParameter("owner", owner).setParameter("now", now).getSingleResult();
        if (active >= MOST_ACTIVE_PER_PERSON) {
            throw RuleViolation.ofForm("token.tooMany", MOST_ACTIVE_PER_PERSON);
        }
        TokenSecret secret = TokenSecret.generate();
        ApiToken token = new ApiToken(owner, checkedName, secret, scope, now, now.plus(Duration.ofDays(validDays)));
        em.persist(token);
        trail.record(AuditEvent.Kind.TOKEN_CREATED, owner.getUsername(), checkedName + " (" + scope + ", " + validDays + " days)");
        return new Created(TokenRow.of(token, now), secret.value());
    }

    /** My tokens, newest first (the latest 100). */
    @Transactional
    public List<TokenRow> mine(String username) {
        Instant now = clock.instant();
        return em.createQuery(ROWS + " WHERE e.usernameKey = :username ORDER BY t.createdAt DESC, t.id DESC",
                        ApiToken.class).setParameter("username", Employee.usernameKey(username)).setMaxResults(100)
                .getResultStream().map(token -> TokenRow.of(token, now)).toList();
    }

    /** Revokes a token: its owner may, and an administrator may revoke anyone's. */
    @Transactional
    public void revoke(long id, String actor, boolean administrator) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !administrator && !token.getEmployee().getUsername().equalsIgnoreCase(actor)) {
            throw RuleViolation.ofForm("token.notFound");
        }
        token.revokeAt(clock.instant());
        trail.record(AuditEvent.Kind.TOKEN_REVOKED, token.getEmployee().getUsername(), token.getName());
    }

    /** The person a presented secret lets in, if it is a token that holds now. */
    @Transactional
    public Optional<Bearer> admit(String presented) {
        if (!TokenSecret.looksLikeOne(presented)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<ApiToken> found = em.createQuery(ROWS + " WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", new TokenSecret(presented).hash()).getResultList();
        if (found.isEmpty() || !found.get(0).admitsAt(now)) {
            return Optional.empty();
        }
        ApiToken token = found.get(0);
        if (token.isUseToNoteAt(now)) {
            // written past the token's version: calls made at the same moment with one token must not refuse each other
            // (they did, with an optimistic lock failure, when the minute's use was noted on the token itself)
            em.createQuery("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id")
                    .setParameter("now", now).setParameter("id", token.getId()).executeUpdate();
        }
        return Optional.of(new Bearer(token.getEmployee().getUsername(), token.getScope()));
    }

    @Override
    @Transactional
    public List<TokenRow> page(PageRequest request) {
        Instant now = clock.instant();
        TypedQuery<ApiToken> query = em.createQuery(ROWS + request.whereSearch(MATCHING) + " ORDER BY t.createdAt DESC, t.id DESC", ApiToken.class);
        return request.bindSearch(query).setFirstResult(request.first())
                .setMaxResults(request.size()).getResultStream().map(token -> TokenRow.of(token, now)).toList();
    }

    @Override
    @Transactional
    public long count(PageRequest request) {
        return request.bindSearch(em.createQuery("SELECT COUNT(t) FROM ApiToken t JOIN t.employee e" + request.whereSearch(MATCHING), Long.class))
                .getSingleResult();
    }
}
