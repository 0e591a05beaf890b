package org.servicepact.feedback.domain;

import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.rules.RuleViolation;

/**
 * Who a letter goes to. About a person: their supervisor; about a department: its head. Nobody receives a
 * letter they wrote themselves, nor one about themselves: then it goes one step further up (the supervisor's
 * supervisor, the head's supervisor). If nobody is left above, the letter cannot be routed.
 */
public final class LetterRouting {

    private static final String PERSON_FIELD = "aboutEmployee";
    private static final String DEPARTMENT_FIELD = "aboutDepartment";

    private LetterRouting() {
    }

    public static Employee addresseeFor(Employee author, Employee aboutPerson) {
        if (aboutPerson.equals(author)) {
            throw new RuleViolation(PERSON_FIELD, "letter.aboutYourself");
        }
        Employee head = aboutPerson.getDepartment().getHead();
        Employee candidate = aboutPerson.getSupervisor() != null ? aboutPerson.getSupervisor() : head;
        return firstAbove(candidate, author, aboutPerson, PERSON_FIELD);
    }

    public static Employee addresseeFor(Employee author, Department aboutDepartment) {
        Employee head = aboutDepartment.getHead();
        if (head == null) {
            throw new RuleViolation(DEPARTMENT_FIELD, "letter.nobodyAbove");
        }
        return firstAbove(head, author, null, DEPARTMENT_FIELD);
    }

    private static Employee firstAbove(Employee candidate, Employee author, Employee aboutPerson, String field) {
        Employee next = candidate;
        int steps = 0;
        while (next != null && (next.equals(author) || next.equals(aboutPerson)) && steps++ < 100) {
            next = next.getSupervisor();
        }
        if (next == null || next.equals(author) || next.equals(aboutPerson)) {
            throw new RuleViolation(field, "letter.nobodyAbove");
        }
        return next;
    }
}
