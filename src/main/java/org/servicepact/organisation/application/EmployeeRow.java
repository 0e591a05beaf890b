package org.servicepact.organisation.application;

/** One line of the employee list. */
public record EmployeeRow(Long id, String username, String fullName, String jobTitle, String email, String phone,
                          String departmentCode, String departmentName, String supervisorName, boolean active) {
}
