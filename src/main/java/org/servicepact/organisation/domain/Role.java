package org.servicepact.organisation.domain;

import java.util.Set;

/**
 * What a person may do in the portal. EMPLOYEE belongs to everyone who can log in and DEPARTMENT_HEAD
 * follows from heading a department: only HR and ADMIN are granted and stored.
 */
public enum Role {
    EMPLOYEE,
    DEPARTMENT_HEAD,
    HR,
    ADMIN;

    /** The roles an administrator grants by hand. */
    public static final Set<Role> GRANTED = Set.of(HR, ADMIN);

    public boolean isGranted() {
        return GRANTED.contains(this);
    }
}
