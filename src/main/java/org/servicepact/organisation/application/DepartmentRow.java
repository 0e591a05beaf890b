package org.servicepact.organisation.application;

import java.io.Serializable;
import java.time.Instant;

/** One line of the department list. */
public record DepartmentRow(Long id, String code, String name, String parentName, String headName,
                            String calendarName, long employeeCount, boolean active) implements Serializable {

    /** The JPQL constructor expression for a row whose employees are counted afterwards. */
    static final String SELECT = "SELECT NEW org.servicepact.organisation.application.DepartmentRow("
            + "d.id, d.code, d.name, p.name, h.fullName, c.name, d.deactivatedAt)";

    public DepartmentRow(Long id, String code, String name, String parentName, String headName, String calendarName,
                         Instant deactivatedAt) {
        this(id, code, name, parentName, headName, calendarName, 0, deactivatedAt == null);
    }

    DepartmentRow withEmployeeCount(long count) {
        return new DepartmentRow(id, code, name, parentName, headName, calendarName, count, active);
    }
}
