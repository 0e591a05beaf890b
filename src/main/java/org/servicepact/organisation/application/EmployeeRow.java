package org.servicepact.organisation.application;

import java.io.Serializable;
import java.time.Instant;

/** One line of the employee list. */
public record EmployeeRow(Long id, String username, String fullName, String jobTitle, String email, String phone,
                          String departmentCode, String departmentName, String supervisorName, boolean active) implements Serializable {

    /** For the JPQL constructor expression, which reads when (if ever) the employee was deactivated. */
    public EmployeeRow(Long id, String username, String fullName, String jobTitle, String email, String phone,
                       String departmentCode, String departmentName, String supervisorName, Instant deactivatedAt) {
        this(id, username, fullName, jobTitle, email, phone, departmentCode, departmentName, supervisorName,
                deactivatedAt == null);
    }
}
