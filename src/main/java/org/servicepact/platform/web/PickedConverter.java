package org.servicepact.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;

import java.util.function.ToLongFunction;

/**
 * What a picker (an autocomplete) picked: its id for the page, and the id back into the record; an id of nothing that
 * may be picked asks, beside the field, to pick from the list.
 */
public abstract class PickedConverter<T> implements Converter<T> {

    private final ToLongFunction<T> idOf;
    private final String pickMessageKey;

    /** Reads a picked record's id with {@code idOf}; {@code pickMessageKey} is the message asking to pick from the list. */
    protected PickedConverter(ToLongFunction<T> idOf, String pickMessageKey) {
        this.idOf = idOf;
        this.pickMessageKey = pickMessageKey;
    }

    /** The record with this id as the picker shows it, or null when there is none to pick. */
    protected abstract T picked(long id);

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        T picked;
        try {
            picked = picked(Long.parseLong(value));
        } catch (NumberFormatException e) {
            picked = null;
        }
        if (picked == null) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, BundleMessageResolver.format(pickMessageKey), null));
        }
        return picked;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, T value) {
        return value == null ? "" : String.valueOf(idOf.applyAsLong(value));
    }
}
