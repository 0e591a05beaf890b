package org.servicepact.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.servicepact.platform.rules.StorableCharacters;

/**
 * Refuses text holding a character no database keeps as given (a NUL, half of a UTF-16 pair) beside the input it was
 * typed into, before the form's action runs: PostgreSQL refuses a NUL even as a query's parameter, so a form that looks
 * its text up first (a calendar's name, checked for uniqueness) failed there before {@code StorableText} could refuse
 * it as the row was written. A default validator of every input ({@code faces-config.xml}), beside Bean Validation's.
 */
@FacesValidator(StorableInput.ID)
public class StorableInput implements Validator<Object> {

    public static final String ID = "servicepact.storableInput";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        String refusal = value instanceof String text ? StorableCharacters.refusal(text) : null;
        if (refusal != null) {
            String message = BundleMessageResolver.format(refusal);
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }
}
