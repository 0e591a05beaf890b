package org.servicepact.organisation.web;

import org.servicepact.organisation.application.OrganisationOverview.ChartDepartment;

import java.io.Serializable;

/** A department's box on the chart, with how many active departments are directly under it. */
public record DepartmentBox(ChartDepartment department, int subDepartments) implements Serializable {
}
