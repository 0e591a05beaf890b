package org.servicepact.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with a parameter that cannot be what the page expects ({@code request.xhtml?id=abc}, an id beyond
 * {@code long}) shows the "not found" page with 404, as no such record can exist; the page itself never renders
 * without its record.
 */
public class MalformedPageParameters implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (!context.isPostback() && context.isValidationFailed() && !context.getResponseComplete()) {
            try {
                context.getExternalContext().responseSendError(404, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before validation
    }
}
