package org.servicepact.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.servicepact.organisation.application.Departments;
import org.servicepact.organisation.application.EmployeeForm;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.application.Option;
import org.servicepact.organisation.domain.Role;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.platform.web.FormMessages;
import org.servicepact.platform.web.Pages;
import org.servicepact.security.Passwords;

import java.io.Serializable;
import java.util.List;

/** Creates or changes one employee, and sets or resets their password. */
@Named
@ViewScoped
public class EmployeeEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LIST = "/admin/employees?faces-redirect=true";

    @Inject
    Employees employees;

    @Inject
    Departments departments;

    @Inject
    Passwords passwords;

    private Long id;
    private EmployeeForm form;
    private Option supervisor;
    private List<Option> departmentOptions;
    private String newPassword;
    private boolean hasPassword;

    public void load() {
        try {
            form = id == null ? new EmployeeForm() : employees.edit(id);
        } catch (RuleViolation gone) {
            Pages.notFound();
            return;
        }
        supervisor = employees.option(form.getSupervisorId());
        departmentOptions = departments.options();
        hasPassword = id != null && passwords.hasPassword(id);
    }

    public List<Option> completeSupervisor(String text) {
        return employees.find(text, 15).stream().filter(o -> !o.id().equals(id)).toList();
    }

    public String save() {
        form.setSupervisorId(supervisor == null ? null : supervisor.id());
        return FormMessages.attempt(() -> employees.save(form), "employee.saved", form.getFullName()) ? LIST : null;
    }

    public void setPassword() {
        if (FormMessages.attempt(() -> passwords.setPassword(form.getId(), newPassword), null)) {
            hasPassword = true;
            newPassword = null;
            Messages.addGlobalInfo("employee.password.done", form.getFullName());
        }
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

    public List<Option> getDepartmentOptions() {
        return departmentOptions;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public boolean isHasPassword() {
        return hasPassword;
    }
}
