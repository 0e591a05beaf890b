package org.servicepact.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.servicepact.organisation.domain.Employee;
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
     * The active employee with their department, one row per granted role (one row with a null role when there is
     * none), each with the number of active departments the employee heads: who is asking and their roles in one
     * statement, as every request asks (the page's header shows the person and their department).
     */
    private static final String ACTIVE_CALLER = "SELECT e, r, (SELECT COUNT(d) FROM Department d WHERE d.head = e"
            + " AND d.deactivatedAt IS NULL) FROM Employee e JOIN FETCH e.department LEFT JOIN e.grantedRoles r"
            + " WHERE e.username = :username AND e.deactivatedAt IS NULL";

    @PersistenceContext
    EntityManager em;

    /** The groups of the active employee with exactly this username; empty when there is none or they were deactivated. */
    public Optional<Set<String>> of(String username) {
        return caller(username).map(Caller::groups);
    }

    /** The active employee with exactly this username and their groups; empty when there is none or they were deactivated. */
    public Optional<Caller> caller(String username) {
        List<Object[]> rows = em.createQuery(ACTIVE_CALLER, Object[].class).setParameter("username", username).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        for (Object[] row : rows) {
            if (row[1] instanceof Role granted) {
                roles.add(granted);
            }
            if (((Number) row[2]).longValue() > 0) {
                roles.add(Role.DEPARTMENT_HEAD);
            }
        }
        Set<String> groups = roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        return Optional.of(new Caller((Employee) rows.get(0)[0], groups));
    }
}
