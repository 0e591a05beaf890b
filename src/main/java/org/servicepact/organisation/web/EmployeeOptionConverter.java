package org.servicepact.organisation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.application.Option;

/** A picked employee: its id for the page, and the id back into the employee. */
@Dependent
@FacesConverter(value = "employeeOption", managed = true)
public class EmployeeOptionConverter extends OptionConverter {

    @Inject
    Employees employees;

    @Override
    protected Option option(long id) {
        return employees.option(id);
    }

    @Override
    protected String pickMessageKey() {
        return "employee.pick";
    }
}
