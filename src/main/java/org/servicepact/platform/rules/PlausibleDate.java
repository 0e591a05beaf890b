package org.servicepact.platform.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A date a person enters lies within {@link PlausibleDates#EARLIEST} and {@link PlausibleDates#LATEST}; empty is left to {@code @NotNull}. */
@Documented
@Constraint(validatedBy = PlausibleDates.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    String message() default "{date.range}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
