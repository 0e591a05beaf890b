package org.servicepact.organisation.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import org.servicepact.organisation.application.Option;
import org.servicepact.platform.web.BundleMessageResolver;

/** Turns a picked option into its id for the page, and the id back into the option; an id of nothing asks to pick again. */
abstract class OptionConverter implements Converter<Option> {

    /** The option with this id, or null when there is none to pick. */
    protected abstract Option option(long id);

    /** The message asking to pick from the list. */
    protected abstract String pickMessageKey();

    @Override
    public Option getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Option option;
        try {
            option = option(Long.parseLong(value));
        } catch (NumberFormatException e) {
            option = null;
        }
        if (option == null) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, BundleMessageResolver.format(pickMessageKey()), null));
        }
        return option;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Option value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
