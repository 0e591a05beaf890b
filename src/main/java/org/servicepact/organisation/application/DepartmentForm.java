package org.servicepact.organisation.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.servicepact.platform.persistence.RecordForm;

/** What an administrator types to create or change a department. */
public class DepartmentForm extends RecordForm {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "[A-Za-z0-9_-]*", message = "{department.code.pattern}")
    private String code;

    @NotBlank
    @Size(max = 150)
    private String name;

    private Long parentId;
    private Long headId;
    private Long calendarId;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getHeadId() {
        return headId;
    }

    public void setHeadId(Long headId) {
        this.headId = headId;
    }

    public Long getCalendarId() {
        return calendarId;
    }

    public void setCalendarId(Long calendarId) {
        this.calendarId = calendarId;
    }
}
