package org.servicepact.request.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.servicepact.request.application.Requests;

import java.util.List;

/** {@code /api/v1/agreements/askable}: the active agreements my department may ask under, with their services. */
@Path("agreements/askable")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgreementOptionsResource {

    @Inject
    Requests requests;

    @Inject
    HttpServletRequest http;

    @GET
    public List<ApiViews.AskableAgreement> askable() {
        return requests.agreementsFor(http.getUserPrincipal().getName()).stream()
                .map(option -> new ApiViews.AskableAgreement(option.id(), option.label(),
                        requests.version(option.id()).getServices().stream()
                                .map(service -> new ApiViews.Service(service.getId(), service.getName())).toList()))
                .toList();
    }
}
