package org.servicepact.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.rules.RuleViolation;

import java.time.Clock;
import java.util.Map;

/** Sets passwords (hashed with PBKDF2) and checks them at login. */
@ApplicationScoped
public class Passwords {

    /** Shorter passwords are refused. */
    public static final int MINIMUM_LENGTH = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    Clock clock;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "16"));
    }

    /** Sets (or resets) the password of an employee. */
    @Transactional
    public void setPassword(long employeeId, String plainPassword) {
        if (plainPassword == null || plainPassword.length() < MINIMUM_LENGTH) {
            throw new RuleViolation("password", "password.tooShort", MINIMUM_LENGTH);
        }
        if (em.find(Employee.class, employeeId) == null) {
            throw RuleViolation.ofForm("employee.notFound");
        }
        setHash(employeeId, hash.generate(plainPassword.toCharArray()));
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

    boolean matches(long employeeId, String plainPassword) {
        LoginCredential credential = em.find(LoginCredential.class, employeeId);
        return credential != null && hash.verify(plainPassword.toCharArray(), credential.passwordHash());
    }
}
