package org.servicepact.organisation.domain;

import org.junit.jupiter.api.Test;
import org.servicepact.platform.rules.RuleViolation;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The invariants departments and employees guard themselves. */
class OrganisationRulesTest {

    private final Department it = new Department("it", "Information Technology");
    private final Department finance = new Department("FIN", "Finance");

    private Employee employee(String username, Department department) {
        return new Employee(username, new Employee.PersonalDetails(username, null, username + "@example.org", null), department);
    }

    @Test
    void codesAreUpperCase() {
        assertEquals("IT", it.getCode());
    }

    @Test
    void aSupervisorLoopIsRefused() {
        Employee ann = employee("ann", it);
        Employee bob = employee("bob", it);
        Employee carl = employee("carl", it);
        bob.reportTo(ann);
        carl.reportTo(bob);

        RuleViolation loop = assertThrows(RuleViolation.class, () -> ann.reportTo(carl));
        assertEquals("supervisor", loop.field());
        assertEquals("employee.supervisor.loop", loop.messageKey());
        assertNull(ann.getSupervisor());
        assertThrows(RuleViolation.class, () -> ann.reportTo(ann));
    }

    @Test
    void aDepartmentCannotBePlacedUnderItsOwnSubDepartment() {
        Department procurement = new Department("PROC", "Procurement");
        procurement.placeUnder(finance);

        assertThrows(RuleViolation.class, () -> finance.placeUnder(procurement));
        assertThrows(RuleViolation.class, () -> finance.placeUnder(finance));
        assertDoesNotThrow(() -> finance.placeUnder(it));
    }

    @Test
    void theHeadMustWorkInTheDepartment() {
        Employee ann = employee("ann", it);

        RuleViolation elsewhere = assertThrows(RuleViolation.class, () -> finance.appointHead(ann));
        assertEquals("head", elsewhere.field());
        it.appointHead(ann);
        assertEquals(ann, it.getHead());
    }

    @Test
    void onlyHrAndAdminAreGranted() {
        Employee ann = employee("ann", it);

        ann.grantRoles(Set.of(Role.HR, Role.ADMIN));
        assertEquals(Set.of(Role.HR, Role.ADMIN), ann.getGrantedRoles());
        assertThrows(IllegalArgumentException.class, () -> ann.grantRoles(Set.of(Role.DEPARTMENT_HEAD)));
    }
}
