package org.servicepact.organisation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.servicepact.organisation.application.Departments;
import org.servicepact.organisation.application.Option;

/** A picked department: its id for the page, and the id back into the active department. */
@Dependent
@FacesConverter(value = "departmentOption", managed = true)
public class DepartmentOptionConverter extends OptionConverter {

    @Inject
    Departments departments;

    @Override
    protected Option option(long id) {
        return departments.option(id);
    }

    @Override
    protected String pickMessageKey() {
        return "department.pick";
    }
}
