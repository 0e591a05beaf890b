package org.servicepact.organisation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.application.Option;
import org.servicepact.platform.web.BundleMessageResolver;

/** Turns a picked employee into its id for the page, and the id back into the employee. */
@Dependent
@FacesConverter(value = "employeeOption", managed = true)
public class EmployeeOptionConverter implements Converter<Option> {

    @Inject
    Employees employees;

    @Override
    public Option getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Option option = employees.option(Long.valueOf(value));
            if (option == null) {
                throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        BundleMessageResolver.format("employee.pick"), null));
            }
            return option;
        } catch (NumberFormatException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, BundleMessageResolver.format("employee.pick"), null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Option value) {
        return value == null ? "" : String.valueOf(value.id());
    }
}
