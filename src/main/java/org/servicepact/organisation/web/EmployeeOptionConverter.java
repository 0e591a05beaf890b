package org.servicepact.organisation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.application.Option;
import org.servicepact.platform.web.PickedConverter;

/** A picked employee: its id for the page, and the id back into the employee. */
@Dependent
@FacesConverter(value = "employeeOption", managed = true)
public class EmployeeOptionConverter extends PickedConverter<Option> {

    @Inject
    Employees employees;

    public EmployeeOptionConverter() {
        super(Option::id, "employee.pick");
    }

    @Override
    protected Option picked(long id) {
        return employees.option(id);
    }
}
