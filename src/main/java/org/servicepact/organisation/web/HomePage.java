package org.servicepact.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.organisation.application.DepartmentRow;
import org.servicepact.organisation.application.OrganisationOverview;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.security.web.CurrentUser;

import java.util.List;

/** The home page: who I am, my colleagues, and what my roles give me. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationOverview overview;

    private List<DepartmentRow> headedDepartments;

    public Employee getMe() {
        return currentUser.employee().orElseThrow();
    }

    public List<Employee> getColleagues() {
        return overview.colleaguesOf(getMe());
    }

    public List<DepartmentRow> getHeadedDepartments() {
        if (headedDepartments == null) {
            headedDepartments = overview.departmentsHeadedBy(currentUser.getUsername());
        }
        return headedDepartments;
    }

    public OrganisationOverview.Size getOrganisationSize() {
        return overview.size();
    }
}
