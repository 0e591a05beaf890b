package org.servicepact.platform.rules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.servicepact.platform.i18n.Translated;

import java.util.Comparator;
import java.util.Locale;

/**
 * Checks a form's Bean Validation constraints in the application layer too, so a call that did not come
 * through a validated screen (an import, an API) cannot store what the screen would refuse. The refusal carries the
 * constraint's message in each language the portal speaks, so the API answers it in its caller's.
 */
@ApplicationScoped
public class FormValidation {

    /** Bundle key whose text is the Bean Validation message itself. */
    public static final String LITERAL = "validation.literal";

    @Inject
    Validator validator;

    @Inject
    ValidatorFactory validators;

    public void check(Object form) {
        validator.validate(form).stream()
                .min(Comparator.comparing((ConstraintViolation<Object> v) -> v.getPropertyPath().toString()))
                .ifPresent(violation -> {
                    throw new RuleViolation(violation.getPropertyPath().toString(), LITERAL,
                            Translated.inEach(language -> messageIn(language, form, violation)));
                });
    }

    /** The violation's message as the validator writes it in this language (validated again: refusals are rare). */
    private String messageIn(Locale language, Object form, ConstraintViolation<Object> violation) {
        MessageInterpolator interpolator = validators.getMessageInterpolator();
        MessageInterpolator inLanguage = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, language);
            }

            @Override
            public String interpolate(String template, Context context, Locale locale) {
                return interpolator.interpolate(template, context, locale);
            }
        };
        return validators.usingContext().messageInterpolator(inLanguage).getValidator().validate(form).stream()
                .filter(same -> same.getPropertyPath().toString().equals(violation.getPropertyPath().toString())
                        && same.getMessageTemplate().equals(violation.getMessageTemplate()))
                .map(ConstraintViolation::getMessage).findFirst().orElse(violation.getMessage());
    }
}
