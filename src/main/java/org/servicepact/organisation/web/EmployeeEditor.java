package org.servicepact.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.organisation.application.Departments;
import org.servicepact.organisation.application.EmployeeForm;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.application.Option;
import org.servicepact.organisation.domain.Role;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.platform.web.FormMessages;
import org.servicepact.platform.web.Pages;

import java.io.Serializable;
import java.util.List;

/** Creates or changes one employee (their password is {@code security.web.PasswordEditor}'s). */
@Named
@ViewScoped
public class EmployeeEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LIST = "/admin/employees?faces-redirect=true";

    @Inject
    Employees employees;

    @Inject
    Departments departments;

    private Long id;
    private EmployeeForm form;
    private Option supervisor;
    private Option department;

    public void load() {
        try {
            form = id == null ? new EmployeeForm() : employees.edit(id);
        } catch (RuleViolation gone) {
            Pages.notFound();
            return;
        }
        supervisor = employees.option(form.getSupervisorId());
        department = departments.option(form.getDepartmentId());
    }

    public List<Option> completeSupervisor(String text) {
        return employees.find(text, 15).stream().filter(o -> !o.id().equals(id)).toList();
    }

    public List<Option> completeDepartment(String text) {
        return departments.find(text, 15);
    }

    public String save() {
        form.setSupervisorId(supervisor == null ? null : supervisor.id());
        form.setDepartmentId(department == null ? null : department.id());
        return FormMessages.attempt(() -> employees.save(form), "employee.saved", form.getFullName()) ? LIST : null;
    }

    public List<Role> getGrantableRoles() {
        return Role.GRANTED.stream().sorted().toList();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EmployeeForm getForm() {
        return form;
    }

    public Option getSupervisor() {
        return supervisor;
    }

    public void setSupervisor(Option supervisor) {
        this.supervisor = supervisor;
    }

    public Option getDepartment() {
        return department;
    }

    public void setDepartment(Option department) {
        this.department = department;
    }
}
