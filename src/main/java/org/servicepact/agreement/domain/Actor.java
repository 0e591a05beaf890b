package org.servicepact.agreement.domain;

import org.servicepact.organisation.domain.Employee;

import java.io.Serializable;
import java.util.Objects;

/** Who is acting on an agreement: the employee, and whether they act as an administrator. */
public record Actor(Employee employee, boolean admin) implements Serializable {

    public Actor {
        Objects.requireNonNull(employee, "employee");
    }

    public String username() {
        return employee.getUsername();
    }
}
