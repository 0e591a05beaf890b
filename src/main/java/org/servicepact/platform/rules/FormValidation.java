package org.servicepact.platform.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;

/**
 * Checks a form's Bean Validation constraints in the application layer too, so a call that did not come
 * through a validated screen (an import, an API) cannot store what the screen would refuse.
 */
@ApplicationScoped
public class FormValidation {

    /** Bundle key whose text is the Bean Validation message itself. */
    public static final String LITERAL = "validation.literal";

    @Inject
    Validator validator;

    public void check(Object form) {
        validator.validate(form).stream()
                .min(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    throw new RuleViolation(violation.getPropertyPath().toString(), LITERAL, violation.getMessage());
                });
    }
}
