package org.servicepact.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.domain.Role;
import org.servicepact.platform.audit.AuditEvent.Kind;
import org.servicepact.platform.audit.AuditTrail;

import java.util.Set;
import java.util.TreeSet;

/** Tells the audit trail what an edit changed of an employee that administrators must be able to trace. */
@ApplicationScoped
public class EmployeeAudit {

    @Inject
    AuditTrail trail;

    /** What of an employee the trail follows, as it stood before an edit ({@code null} for a new one). */
    public record Traced(String departmentCode, Set<Role> grantedRoles, boolean active) {

        static Traced of(Employee employee) {
            return employee == null ? null
                    : new Traced(employee.getDepartment().getCode(), Set.copyOf(employee.getGrantedRoles()), employee.isActive());
        }
    }

    public Traced before(Employee employee) {
        return Traced.of(employee);
    }

    /** Records the creation, or each traced change since {@code before}, in the edit's transaction. */
    public void recordChanges(Traced before, Employee employee) {
        Traced after = Traced.of(employee);
        String who = employee.getUsername();
        if (before == null) {
            trail.record(Kind.EMPLOYEE_CREATED, who, "department " + after.departmentCode() + ", roles " + roles(after));
            return;
        }
        if (!before.departmentCode().equals(after.departmentCode())) {
            trail.record(Kind.DEPARTMENT_CHANGED, who, before.departmentCode() + " → " + after.departmentCode());
        }
        if (!before.grantedRoles().equals(after.grantedRoles())) {
            trail.record(Kind.ROLES_CHANGED, who, roles(before) + " → " + roles(after));
        }
        if (before.active() != after.active()) {
            trail.record(after.active() ? Kind.REACTIVATED : Kind.DEACTIVATED, who, null);
        }
    }

    private static String roles(Traced traced) {
        Set<String> names = new TreeSet<>();
        traced.grantedRoles().forEach(role -> names.add(role.name()));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
