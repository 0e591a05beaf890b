package org.servicepact.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.calendar.application.Calendars;
import org.servicepact.calendar.domain.BusinessCalendar;
import org.servicepact.organisation.application.DepartmentForm;
import org.servicepact.organisation.application.Departments;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.application.Option;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.platform.web.FormMessages;
import org.servicepact.platform.web.Pages;

import java.io.Serializable;
import java.util.List;

/** Creates or changes one department, and deactivates it. */
@Named
@ViewScoped
public class DepartmentEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LIST = "/admin/departments?faces-redirect=true";

    @Inject
    Departments departments;

    @Inject
    Employees employees;

    @Inject
    Calendars calendars;

    private Long id;
    private DepartmentForm form;
    private boolean active = true;
    private Option parent;
    private Option head;
    private List<Option> calendarOptions;

    public void load() {
        try {
            form = id == null ? new DepartmentForm() : departments.edit(id);
        } catch (RuleViolation gone) {
            Pages.notFound();
            return;
        }
        active = id == null || departments.isActive(id);
        parent = departments.option(form.getParentId());
        head = employees.option(form.getHeadId());
        calendarOptions = calendars.all().stream().map(c -> new Option(c.getId(), label(c))).toList();
    }

    /** The other active departments whose name or code contains the text, to hang this one under. */
    public List<Option> completeParent(String text) {
        return departments.find(text, 16).stream().filter(o -> !o.id().equals(id)).limit(15).toList();
    }

    /** The department's own active people whose name or username contains the text: its head is one of them. */
    public List<Option> completeHead(String text) {
        return id == null ? List.of() : employees.find(id, text, 15);
    }

    public String save() {
        form.setHeadId(head == null ? null : head.id());
        form.setParentId(parent == null ? null : parent.id());
        return FormMessages.attempt(() -> departments.save(form), "department.saved", form.getName()) ? LIST : null;
    }

    public String deactivate() {
        return FormMessages.attempt(() -> departments.deactivate(form.getId(), form.getVersion()),
                "department.deactivated", form.getName()) ? LIST : null;
    }

    public String reactivate() {
        return FormMessages.attempt(() -> departments.reactivate(form.getId(), form.getVersion()),
                "department.reactivated", form.getName()) ? LIST : null;
    }

    private static String label(BusinessCalendar calendar) {
        return calendar.getName() + " (" + calendar.getTimeZone() + ")";
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DepartmentForm getForm() {
        return form;
    }

    public boolean isActive() {
        return active;
    }

    public Option getParent() {
        return parent;
    }

    public void setParent(Option parent) {
        this.parent = parent;
    }

    public Option getHead() {
        return head;
    }

    public void setHead(Option head) {
        this.head = head;
    }

    public List<Option> getCalendarOptions() {
        return calendarOptions;
    }
}
