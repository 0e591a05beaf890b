package org.servicepact.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.domain.Employee;

import java.util.Optional;
import java.util.Set;

/**
 * Checks a username and password against the organisation's employees, spending the same time whether the
 * username exists or not ({@link Passwords}). The groups it returns are the portal's roles ({@link CallerGroups}).
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    Employees employees;

    @Inject
    Passwords passwords;

    @Inject
    CallerGroups callerGroups;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Employee employee = employees.byUsername(login.getCaller()).filter(Employee::isActive).orElse(null);
        if (!passwords.matches(employee == null ? null : employee.getId(), login.getPasswordAsString())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<Set<String>> groups = callerGroups.of(employee.getUsername());
        return groups.map(roles -> new CredentialValidationResult(employee.getUsername(), roles))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
