package org.servicepact.organisation.imports;

import java.util.Map;
import java.util.Set;

/**
 * The organisation as it stands, as much of it as an import needs to decide what each row creates or
 * changes: departments by code, employees by username (lower case), calendar names.
 */
public record OrganisationSnapshot(Map<String, DepartmentState> departments,
                                   Map<String, EmployeeState> employees,
                                   Set<String> calendarNames) {

    public OrganisationSnapshot {
        departments = Map.copyOf(departments);
        employees = Map.copyOf(employees);
        calendarNames = Set.copyOf(calendarNames);
    }

    /** A department as stored; codes are upper case. */
    public record DepartmentState(String code, String name, String parentCode, String headUsername, String calendarName) {
    }

    /** An employee as stored. */
    public record EmployeeState(String username, String fullName, String jobTitle, String email, String phone,
                                String departmentCode, String supervisorUsername, Set<String> grantedRoles,
                                boolean active) {
    }

    public static OrganisationSnapshot empty() {
        return new OrganisationSnapshot(Map.of(), Map.of(), Set.of());
    }
}
