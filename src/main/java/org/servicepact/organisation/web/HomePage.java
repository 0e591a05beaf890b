package org.servicepact.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.servicepact.organisation.application.DepartmentRow;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.application.OrganisationOverview;
import org.servicepact.organisation.domain.Employee;

import java.util.List;

/** The home page: who I am and what my roles give me (my to-do list is the notification component's {@code myWork}). */
@Named
@RequestScoped
public class HomePage {

    @Inject
    SecurityContext securityContext;

    @Inject
    Employees employees;

    @Inject
    OrganisationOverview overview;

    private Employee me;
    private List<DepartmentRow> headedDepartments;
    private OrganisationOverview.Size organisationSize;

    public Employee getMe() {
        if (me == null) {
            me = employees.byUsername(username()).orElseThrow();
        }
        return me;
    }

    public List<DepartmentRow> getHeadedDepartments() {
        if (headedDepartments == null) {
            headedDepartments = overview.departmentsHeadedBy(username());
        }
        return headedDepartments;
    }

    /** Read once per request: the page shows both of its counts. */
    public OrganisationOverview.Size getOrganisationSize() {
        if (organisationSize == null) {
            organisationSize = overview.size();
        }
        return organisationSize;
    }

    private String username() {
        return securityContext.getCallerPrincipal().getName();
    }
}
