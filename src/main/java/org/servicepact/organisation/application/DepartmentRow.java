package org.servicepact.organisation.application;

/** One line of the department list. */
public record DepartmentRow(Long id, String code, String name, String parentName, String headName,
                            String calendarName, long employeeCount, boolean active) {
}
