package org.servicepact.organisation.imports;

import jakarta.persistence.EntityManager;
import org.servicepact.organisation.domain.Role;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The organisation as it stands, as much of it as an import needs to decide what each row creates or
 * changes: departments by code, employees by username (lower case), calendar names.
 */
public record OrganisationSnapshot(Map<String, DepartmentState> departments,
                                   Map<String, EmployeeState> employees,
                                   Set<String> calendarNames) implements Serializable {

    public OrganisationSnapshot {
        departments = Map.copyOf(departments);
        employees = Map.copyOf(employees);
        calendarNames = Set.copyOf(calendarNames);
    }

    /** A department as stored; codes are upper case. */
    public record DepartmentState(String code, String name, String parentCode, String headUsername, String calendarName) implements Serializable {
    }

    /** An employee as stored; {@code directoryManaged}: kept by the directory, which a sync may deactivate. */
    public record EmployeeState(String username, String fullName, String jobTitle, String email, String phone,
                                String departmentCode, String supervisorUsername, Set<String> grantedRoles,
                                boolean active, boolean directoryManaged) implements Serializable {
    }

    /** The organisation as the validator needs it, read in four queries whatever its size. */
    static OrganisationSnapshot readFrom(EntityManager em) {
        Map<String, DepartmentState> departments = em.createQuery(
                        "SELECT d.code, d.name, p.code, h.username, c.name FROM Department d LEFT JOIN d.parent p"
                                + " LEFT JOIN d.head h LEFT JOIN d.calendar c", Object[].class)
                .getResultStream().collect(Collectors.toMap(r -> (String) r[0], r -> new DepartmentState((String) r[0],
                        (String) r[1], (String) r[2], lower((String) r[3]), (String) r[4])));
        Map<Long, Set<String>> rolesById = new HashMap<>();
        em.createQuery("SELECT e.id, r FROM Employee e JOIN e.grantedRoles r", Object[].class).getResultStream()
                .forEach(r -> rolesById.computeIfAbsent((Long) r[0], id -> new HashSet<>()).add(((Role) r[1]).name()));
        Map<String, EmployeeState> employees = em.createQuery(
                        "SELECT e.id, e.username, e.fullName, e.jobTitle, e.email, e.phone, d.code, s.username, e.deactivatedAt,"
                                + " e.directoryManaged"
                                + " FROM Employee e JOIN e.department d LEFT JOIN e.supervisor s", Object[].class)
                .getResultStream().collect(Collectors.toMap(r -> lower((String) r[1]), r -> new EmployeeState(
                        lower((String) r[1]), (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                        lower((String) r[7]), rolesById.getOrDefault((Long) r[0], Set.of()), r[8] == null, (Boolean) r[9])));
        Set<String> calendars = Set.copyOf(em.createQuery("SELECT c.name FROM BusinessCalendar c", String.class).getResultList());
        return new OrganisationSnapshot(departments, employees, calendars);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    public static OrganisationSnapshot empty() {
        return new OrganisationSnapshot(Map.of(), Map.of(), Set.of());
    }
}
