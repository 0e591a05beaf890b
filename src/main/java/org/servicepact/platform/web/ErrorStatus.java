package org.servicepact.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Lets an error page answer with its own status where the container would say 500: an expired or foreign view
 * state is the visitor's stale page, not a fault of the portal.
 */
@Named
@RequestScoped
public class ErrorStatus {

    public void answer(int status) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }
}
