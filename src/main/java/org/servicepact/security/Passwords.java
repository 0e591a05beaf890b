package org.servicepact.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.audit.AuditEvent;
import org.servicepact.platform.audit.AuditTrail;
import org.servicepact.platform.rules.RuleViolation;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Sets passwords (hashed with PBKDF2, refused when they break the {@link PasswordPolicy}) and checks them at
 * login. Every check costs one PBKDF2 run, whether the account exists or not, so the time a failure takes
 * does not tell whether a username exists.
 */
@ApplicationScoped
public class Passwords {

    private final PasswordPolicy policy = PasswordPolicy.shipped();

    /** A hash of nothing anyone can type, checked against when there is no account, to spend the same time. */
    private String decoyHash;

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    Clock clock;

    @Inject
    AuditTrail trail;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16"));
        decoyHash = hash.generate(UUID.randomUUID().toString().toCharArray());
    }

    /** Sets (or resets) the password of an employee. */
    @Transactional
    public void setPassword(long employeeId, String plainPassword) {
        Employee employee = em.find(Employee.class, employeeId);
        if (employee == null) {
            throw RuleViolation.ofForm("employee.notFound");
        }
        policy.check(employee.getUsername(), plainPassword);
        setHash(employeeId, hash.generate(plainPassword.toCharArray()));
        trail.record(AuditEvent.Kind.PASSWORD_SET, employee.getUsername(), null);
    }

    /** Stores an already computed hash: lets the demo data give many people one password at the cost of one hash. */
    @Transactional
    public void setHash(long employeeId, String passwordHash) {
        LoginCredential credential = em.find(LoginCredential.class, employeeId);
        if (credential == null) {
            em.persist(new LoginCredential(employeeId, passwordHash, clock.instant()));
        } else {
            credential.replaceHash(passwordHash, clock.instant());
        }
    }

    public String hashOf(String plainPassword) {
        return hash.generate(plainPassword.toCharArray());
    }

    public boolean hasPassword(long employeeId) {
        return em.find(LoginCredential.class, employeeId) != null;
    }

    /** Whether the password is the employee's ({@code null}: no such employee, which costs the same time). */
    boolean matches(Long employeeId, String plainPassword) {
        return matches(employeeId == null ? null : em.find(LoginCredential.class, employeeId), plainPassword);
    }

    boolean matches(LoginCredential credential, String plainPassword) {
        boolean verified = hash.verify(plainPassword.toCharArray(), credential == null ? decoyHash : credential.passwordHash());
        return credential != null && verified;
    }

    /** Spends the time of one check without checking anything: for a sign-in refused before its password is read. */
    void spendTheTimeOfACheck(String plainPassword) {
        matches((LoginCredential) null, plainPassword);
    }

    public int minimumLength() {
        return PasswordPolicy.MINIMUM_LENGTH;
    }
}
