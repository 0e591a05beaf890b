package org.servicepact.agreement.domain;

import java.io.Serializable;

import org.servicepact.platform.rules.RuleViolation;

/** A service (request type) an agreement offers: its name and what it covers. */
public record ServiceTerms(String name, String description) implements Serializable {

    public ServiceTerms {
        name = name == null || name.isBlank() ? null : name.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }

    public void check(int row) {
        if (name == null || name.length() > 150) {
            throw new RuleViolation("services", "agreement.service.name.invalid", row);
        }
        if (description != null && description.length() > 2000) {
            throw new RuleViolation("services", "agreement.service.description.tooLong", row, name);
        }
    }
}
