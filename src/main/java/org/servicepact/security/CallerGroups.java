package org.servicepact.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Role;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
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

    private static final String ACTIVE_GRANTED_ROLES = "SELECT r FROM Employee e LEFT JOIN e.grantedRoles r"
            + " WHERE e.username = :username AND e.deactivatedAt IS NULL";

    @PersistenceContext
    EntityManager em;

    /** The groups of the active employee with exactly this username; empty when there is none or they were deactivated. */
    public Optional<Set<String>> of(String username) {
        List<Role> granted = em.createQuery(ACTIVE_GRANTED_ROLES, Role.class).setParameter("username", username).getResultList();
        if (granted.isEmpty()) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        granted.stream().filter(Objects::nonNull).forEach(roles::add);
        boolean headsADepartment = !em.createNamedQuery(Department.HEADED_BY, Department.class)
                .setParameter("username", username).setMaxResults(1).getResultList().isEmpty();
        if (headsADepartment) {
            roles.add(Role.DEPARTMENT_HEAD);
        }
        return Optional.of(roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet()));
    }
}
