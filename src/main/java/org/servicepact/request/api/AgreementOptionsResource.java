package org.servicepact.request.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.servicepact.organisation.application.Option;
import org.servicepact.request.application.Requests;

import java.util.List;
import java.util.Map;

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
        List<Option> agreements = requests.agreementsFor(http.getUserPrincipal().getName());
        Map<Long, List<Option>> services = requests.servicesOf(agreements.stream().map(Option::id).toList());
        return agreements.stream().map(agreement -> new ApiViews.AskableAgreement(agreement.id(), agreement.label(),
                services.getOrDefault(agreement.id(), List.of()).stream()
                        .map(service -> new ApiViews.Service(service.id(), service.label())).toList())).toList();
    }
}
