package org.servicepact.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import org.omnifaces.util.Messages;
import org.servicepact.platform.persistence.Records;
import org.servicepact.platform.rules.RuleViolation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a form's action and turns a refused rule into a message beside the component it concerns (the one
 * whose id is the rule's field name, or that name without its "Id"), or at the top of the form when no input matches.
 */
public final class FormMessages {

    private FormMessages() {
    }

    /** Runs the action; on success shows the bundle message {@code successKey}. Returns whether it succeeded. */
    public static boolean attempt(Runnable action, String successKey, Object... successArguments) {
        try {
            action.run();
            if (successKey != null) {
                RedirectMessages.keep(Messages.createInfo(successKey, successArguments));
            }
            return true;
        } catch (RuleViolation violation) {
            show(violation);
        } catch (RuntimeException refused) {
            // a stale write may reach here wrapped by the transaction; anything else that is no refused rule is unforeseen
            show(Records.isStale(refused) ? RuleViolation.ofForm("edit.stale")
                    : RuleViolation.causing(refused).orElseThrow(() -> refused));
        }
        // Not validationFailed(): PrimeFaces would then render the already-applied inputs empty.
        return false;
    }

    public static void show(RuleViolation violation) {
        String text = BundleMessageResolver.format(violation.messageKey(), violation.arguments());
        String clientId = violation.field() == null ? null : clientIdOfField(violation.field());
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
        FacesContext.getCurrentInstance().addMessage(clientId, message);
        if (clientId != null
                && FacesContext.getCurrentInstance().getViewRoot().findComponent(":" + clientId) instanceof UIInput input) {
            markInvalidKeepingValue(input);
        }
    }

    /**
     * Marks the input invalid (red border) while still showing what the user typed: an invalid input is
     * rendered from its submitted value, which JSF has already cleared once the value reached the model.
     */
    private static void markInvalidKeepingValue(UIInput input) {
        Object value = input.getValue();
        if (input.getSubmittedValue() == null && value != null && !(value instanceof Collection)) {
            FacesContext context = FacesContext.getCurrentInstance();
            @SuppressWarnings("unchecked")
            Converter<Object> converter = (Converter<Object>) input.getConverter();
            input.setSubmittedValue(converter == null ? value.toString() : converter.getAsString(context, input, value));
        }
        input.setValid(false);
    }

    /**
     * The input named as the field, or else as the field without its "Id" (a form's {@code counterpartId} is chosen in
     * the picker {@code counterpart}, which holds the record rather than its id).
     */
    private static String clientIdOfField(String field) {
        String clientId = clientIdOf(field);
        if (clientId == null && field.endsWith("Id") && field.length() > 2) {
            clientId = clientIdOf(field.substring(0, field.length() - 2));
        }
        return clientId;
    }

    private static String clientIdOf(String field) {
        FacesContext context = FacesContext.getCurrentInstance();
        AtomicReference<String> found = new AtomicReference<>();
        // unrendered parts are skipped: no input of theirs was posted, and their lists may not be readable for this user
        VisitContext rendered = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        context.getViewRoot().visitTree(rendered, (visit, component) -> {
            if (field.equals(component.getId())) {
                found.set(component.getClientId(context));
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found.get();
    }
}
