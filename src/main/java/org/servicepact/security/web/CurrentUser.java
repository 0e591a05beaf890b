package org.servicepact.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.domain.Role;
import org.servicepact.platform.web.BundleMessageResolver;

import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who is asking, for the pages: name, department and roles (as the authentication mechanism found them for
 * this request).
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    @PersistenceContext
    EntityManager em;

    private Optional<Employee> employee;

    public boolean isLoggedIn() {
        return principal() != null;
    }

    public String getUsername() {
        Principal principal = principal();
        return principal == null ? null : principal.getName();
    }

    /** The logged-in employee; empty for an anonymous visitor. */
    public Optional<Employee> employee() {
        if (employee == null) {
            String username = getUsername();
            employee = username == null ? Optional.empty()
                    : em.createNamedQuery(Employee.BY_USERNAME, Employee.class).setParameter("username", username)
                    .getResultStream().findFirst();
        }
        return employee;
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

    /** "Employee · Department head", for the header. */
    public String getRoleSummary() {
        return Arrays.stream(Role.values()).filter(role -> request.isUserInRole(role.name()))
                .map(role -> BundleMessageResolver.format("role." + role.name()))
                .collect(Collectors.joining(" · "));
    }

    private Principal principal() {
        return request.getUserPrincipal();
    }
}
