package org.servicepact.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import jakarta.servlet.http.Part;

/**
 * A file input holds a file or nothing: text posted under its name (a hand-made post without the multipart encoding,
 * see {@link FormRequests}) is refused beside the input, before it could reach a {@link Part} property and end in
 * an error page. Used as {@code <f:validator validatorId="servicepact.uploadedFile"/>}.
 */
@FacesValidator("servicepact.uploadedFile")
public class UploadedFileValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value != null && !(value instanceof Part)) {
            String text = BundleMessageResolver.format("upload.notAFile");
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}
