package org.servicepact.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.domain.Role;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a username and password against the organisation's employees. The groups it returns are the
 * portal's roles: EMPLOYEE for everyone, DEPARTMENT_HEAD for whoever heads an active department, and the
 * roles granted by an administrator.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Employee employee = em.createNamedQuery(Employee.BY_USERNAME, Employee.class)
                .setParameter("username", login.getCaller())
                .getResultStream().filter(Employee::isActive).findFirst().orElse(null);
        if (employee == null || !passwords.matches(employee.getId(), login.getPasswordAsString())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(employee.getUsername(), groupsOf(employee));
    }

    private Set<String> groupsOf(Employee employee) {
        Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        roles.addAll(employee.getGrantedRoles());
        boolean headsADepartment = !em.createNamedQuery(Department.HEADED_BY, Department.class)
                .setParameter("username", employee.getUsername()).setMaxResults(1).getResultList().isEmpty();
        if (headsADepartment) {
            roles.add(Role.DEPARTMENT_HEAD);
        }
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }
}
