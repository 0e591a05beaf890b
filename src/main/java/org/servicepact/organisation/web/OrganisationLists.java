package org.servicepact.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.organisation.application.DepartmentRow;
import org.servicepact.organisation.application.Departments;
import org.servicepact.organisation.application.EmployeeRow;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.application.ExternalParties;
import org.servicepact.organisation.application.ExternalPartyRow;
import org.servicepact.platform.web.PagedListModel;

import java.io.Serializable;

/** The administrator's lists of departments, employees and external parties, each searched and paged in the database. */
@Named
@ViewScoped
public class OrganisationLists implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Departments departments;

    @Inject
    Employees employees;

    @Inject
    ExternalParties externalParties;

    private PagedListModel<DepartmentRow> departmentModel;
    private PagedListModel<EmployeeRow> employeeModel;
    private PagedListModel<ExternalPartyRow> externalPartyModel;

    public PagedListModel<DepartmentRow> getDepartments() {
        if (departmentModel == null) {
            departmentModel = new PagedListModel<>(departments, DepartmentRow::id);
        }
        return departmentModel;
    }

    public PagedListModel<EmployeeRow> getEmployees() {
        if (employeeModel == null) {
            employeeModel = new PagedListModel<>(employees, EmployeeRow::id);
        }
        return employeeModel;
    }

    public PagedListModel<ExternalPartyRow> getExternalParties() {
        if (externalPartyModel == null) {
            externalPartyModel = new PagedListModel<>(externalParties, ExternalPartyRow::id);
        }
        return externalPartyModel;
    }
}
