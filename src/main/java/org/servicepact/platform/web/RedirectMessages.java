package org.servicepact.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Messages that must survive a redirect ("REQ-12 logged" on the page the form leads to), kept in the session rather
 * than in the Faces flash: Mojarra's flash lives in the memory of the node that wrote it and is found again through a
 * cookie, so after a node dies the next node cannot read it ("JSF1094: Could not decode flash data") and the
 * confirmation of what was just saved is lost (mojarra#1453; the fix, mojarra#6025, came after the Mojarra that
 * Payara 6 ships). The session is replicated with every request that changes it, so a kept message follows the person.
 *
 * <p>A kept message is shown by the next render of the session: this request's own, unless it redirects.
 */
public class RedirectMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String KEPT = RedirectMessages.class.getName();

    /** Shows the message at the top of the page this request renders or, when it redirects, of the next one. */
    public static void keep(FacesMessage message) {
        Map<String, Object> session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        @SuppressWarnings("unchecked")
        List<FacesMessage> already = (List<FacesMessage>) session.get(KEPT);
        List<FacesMessage> kept = already == null ? new ArrayList<>() : new ArrayList<>(already);
        kept.add(message);
        // put anew, not changed in place: only a put marks the session changed for the data grid
        session.put(KEPT, kept);
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        ExternalContext external = context.getExternalContext();
        if (external.getSession(false) == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<FacesMessage> kept = (List<FacesMessage>) external.getSessionMap().remove(KEPT);
        if (kept != null) {
            kept.forEach(message -> context.addMessage(null, message));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // shown once rendered
    }
}
