package org.servicepact.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.domain.Role;
import org.servicepact.organisation.application.Employees;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who is asking, for the pages: name, department and roles (as the authentication mechanism found them for
 * this request).
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    @Inject
    Employees employees;

    private Optional<Employee> employee;

    public boolean isLoggedIn() {
        return principal() != null;
    }

    public String getUsername() {
        Principal principal = principal();
        return principal == null ? null : principal.getName();
    }

    /**
     * The logged-in employee; empty for an anonymous visitor. As the authentication mechanism read them with their roles
     * for this request ({@link Caller}); looked up by username only where it did not (an API call).
     */
    public Optional<Employee> employee() {
        if (employee == null) {
            String username = getUsername();
            employee = username == null ? Optional.empty()
                    : Caller.of(request).map(Caller::employee).or(() -> employees.byUsername(username));
        }
        return employee;
    }

    /** The language the person chose ("en", "de"), or null: as their browser asks. */
    public String getLanguage() {
        return employee().map(Employee::getLanguage).orElse(null);
    }

    public String getFullName() {
        return employee().map(Employee::getFullName).orElse(getUsername());
    }

    public String getDepartmentName() {
        return employee().map(e -> e.getDepartment().getName()).orElse("");
    }

    public boolean isAdmin() {
        return request.isUserInRole(Role.ADMIN.name());
    }

    public boolean isHr() {
        return request.isUserInRole(Role.HR.name());
    }

    public boolean isDepartmentHead() {
        return request.isUserInRole(Role.DEPARTMENT_HEAD.name());
    }

    /** The message keys of my roles ("role.EMPLOYEE", …), for the header. */
    public List<String> getRoleKeys() {
        return Arrays.stream(Role.values()).filter(role -> request.isUserInRole(role.name())).map(role -> "role." + role.name()).toList();
    }

    private Principal principal() {
        return request.getUserPrincipal();
    }
}
