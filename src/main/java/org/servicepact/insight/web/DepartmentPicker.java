package org.servicepact.insight.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.insight.application.InsightAccess;
import org.servicepact.organisation.application.Departments;
import org.servicepact.organisation.application.Option;
import org.servicepact.security.CurrentUser;

import java.util.List;

/**
 * A report's department picker (includes/department-picker.xhtml): finds the departments the person may open a report
 * of, and shows the one the report is for.
 */
@Named
@RequestScoped
public class DepartmentPicker {

    private static final int SUGGESTED = 15;

    @Inject
    InsightAccess access;

    @Inject
    Departments departments;

    @Inject
    CurrentUser currentUser;

    private Option picked;

    /** The departments whose name or code contains the text, of those the person may open. */
    public List<Option> complete(String text) {
        return access.findDepartmentsFor(currentUser.getUsername(), text, SUGGESTED);
    }

    /** Shows the report's department in the picker (none for the whole organisation). */
    public void show(Long departmentId) {
        picked = departmentId == null ? null : departments.option(departmentId);
    }

    public Option getPicked() {
        return picked;
    }

    public void setPicked(Option picked) {
        this.picked = picked;
    }
}
