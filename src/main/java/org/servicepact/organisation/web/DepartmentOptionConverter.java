package org.servicepact.organisation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.servicepact.organisation.application.Departments;
import org.servicepact.organisation.application.Option;
import org.servicepact.platform.web.PickedConverter;

/** A picked department: its id for the page, and the id back into the active department. */
@Dependent
@FacesConverter(value = "departmentOption", managed = true)
public class DepartmentOptionConverter extends PickedConverter<Option> {

    @Inject
    Departments departments;

    public DepartmentOptionConverter() {
        super(Option::id, "department.pick");
    }

    @Override
    protected Option picked(long id) {
        return departments.option(id);
    }
}
