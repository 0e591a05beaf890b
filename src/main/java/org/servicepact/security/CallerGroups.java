package org.servicepact.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.servicepact.organisation.domain.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles a caller holds now, read from the database on every request that needs them, so that a deactivation
 * or a role taken away counts from the caller's next click: EMPLOYEE for every active employee, DEPARTMENT_HEAD
 * for whoever heads an active department, and the roles an administrator granted.
 */
@ApplicationScoped
public class CallerGroups {

    /**
     * One row per granted role (one row with a null role when there is none), each with the number of active
     * departments the employee heads: the roles in one statement, as every request asks.
     */
    private static final String ACTIVE_ROLES = "SELECT r, (SELECT COUNT(d) FROM Department d WHERE d.head = e"
            + " AND d.deactivatedAt IS NULL) FROM Employee e LEFT JOIN e.grantedRoles r"
            + " WHERE e.username = :username AND e.deactivatedAt IS NULL";

    @PersistenceContext
    EntityManager em;

    /** The groups of the active employee with exactly this username; empty when there is none or they were deactivated. */
    public Optional<Set<String>> of(String username) {
        List<Object[]> rows = em.createQuery(ACTIVE_ROLES, Object[].class).setParameter("username", username).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        for (Object[] row : rows) {
            if (row[0] instanceof Role granted) {
                roles.add(granted);
            }
            if (((Number) row[1]).longValue() > 0) {
                roles.add(Role.DEPARTMENT_HEAD);
            }
        }
        return Optional.of(roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }
}
