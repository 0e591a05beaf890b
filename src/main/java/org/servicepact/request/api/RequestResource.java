package org.servicepact.request.api;

import org.servicepact.platform.persistence.OnceOnly;
import jakarta.ws.rs.HeaderParam;
import jakarta.enterprise.context.RequestScoped;
import org.servicepact.request.application.RequestEscalations;
import org.servicepact.request.application.RequestHandOffs;
import org.servicepact.request.application.RequestHistoryImport;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.domain.Role;
import org.servicepact.platform.i18n.Texts;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.application.RequestDirectory;
import org.servicepact.request.application.RequestForm;
import org.servicepact.request.application.RequestHistory;
import org.servicepact.request.application.Requests;
import org.servicepact.request.domain.ClockReading;
import org.servicepact.request.domain.PeerRequest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code /api/v1/requests}: my requests, one request with its clocks and events, logging a request, acting on one, and
 * (for administrators) importing historical requests with their whole history. Bodies are read by {@link JsonBodies}
 * ({@link JsonBodies.Reader}), which names a field of the wrong kind.
 */
@Path("requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestResource {

    /** The page's names of a field where the API's body names it otherwise. */
    private static final Map<String, String> FIELDS_AS_THE_API_NAMES_THEM = Map.of("comment", "text", "handOffTarget", "serviceId",
            "acknowledgement", "text");

    /** The acts the page offers beside those of {@link Requests.Act}: a new priority, a hand-off to another provider. */
    private static final String CHANGE_PRIORITY = "CHANGE_PRIORITY";
    private static final String HAND_OFF = "HAND_OFF";

    @Inject
    Requests requests;

    @Inject
    RequestHistoryImport historyImport;

    @Inject
    RequestDirectory directory;

    @Inject
    RequestHandOffs handOffs;

    @Inject
    RequestEscalations escalations;

    @Inject
    Employees employees;

    @Inject
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    /**
     * The requests I logged (scope MINE) or my department's queue (QUEUE_OPEN and the other queue scopes), those whose
     * title or provider holds {@code q} when it is given, as the list page's search box finds them.
     */
    @GET
    public List<ApiViews.RequestLine> list(@QueryParam("scope") @DefaultValue("MINE") String scope,
                                 @QueryParam("q") @DefaultValue("") String search,
                                 @QueryParam("first") @DefaultValue("0") String first,
                                 @QueryParam("size") @DefaultValue("50") String size) {
        RequestDirectory.Scope chosen;
        try {
            chosen = RequestDirectory.Scope.valueOf(scope);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("scope", "api.scope", Texts.echo(scope));
        }
        return directory.page(chosen, directory.viewer(username()), ApiPages.of(first, size, search)).stream()
                .map(ApiViews.RequestLine::of).toList();
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") long id) {
        return aboutVisible(id, request -> ApiViews.Request.of(request, requests.clocks(request), language()));
    }

    /** What {@code answer} says of the request, or 404 when it is not one the caller may see. */
    private Response aboutVisible(long id, Function<PeerRequest, Object> answer) {
        PeerRequest request;
        try {
            request = requests.detail(id, username());
        } catch (RuleViolation notVisibleOrGone) {
            return ApiProblems.noSuchRequest(id, language());
        }
        return Response.ok(answer.apply(request)).build();
    }

    /** A request's clocks, a measure's cycles in order, a page at a time (the request itself carries only the newest). */
    @GET
    @Path("{id}/clocks")
    public Response clocks(@PathParam("id") long id, @QueryParam("first") @DefaultValue("0") String first,
                           @QueryParam("size") @DefaultValue("50") String size) {
        return pageOf(id, first, size, (from, pageSize) -> {
            List<ClockReading> clocks = requests.clocks(requests.detail(id, username()));
            int to = (int) Math.min((long) from + pageSize, clocks.size());
            return clocks.subList(Math.min(from, to), to).stream().map(ApiViews.Clock::of).toList();
        });
    }

    /** A request's history, oldest first, a page at a time (the request itself carries only its newest events). */
    @GET
    @Path("{id}/events")
    public Response events(@PathParam("id") long id, @QueryParam("first") @DefaultValue("0") String first,
                           @QueryParam("size") @DefaultValue("50") String size) {
        return pageOf(id, first, size, (from, pageSize) ->
                requests.events(id, username(), from, pageSize).stream().map(ApiViews.Event::of).toList());
    }

    /** Reads one page of a request's clocks or events, from the first asked for; refused when the request is not visible. */
    @FunctionalInterface
    private interface PageReader {
        List<?> read(int first, int size);
    }

    /** The page the reader reads within the bounds asked for (each refused by name), or 404 for a request one may not see. */
    private Response pageOf(long id, String first, String size, PageReader reader) {
        int from = ApiPages.first(first);
        int pageSize = ApiPages.size(size);
        try {
            return Response.ok(reader.read(from, pageSize)).build();
        } catch (RuleViolation notVisibleOrGone) {
            return ApiProblems.noSuchRequest(id, language());
        }
    }

    /**
     * Logs a request; a client that may retry (a timeout, a lost answer) sends an {@code Idempotency-Key} header, and
     * a call with a key it used before answers the request that call logged instead of logging another.
     */
    @POST
    public Response log(ApiViews.NewRequest body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        String key = OnceOnly.key(idempotencyKey, "Idempotency-Key");
        RequestForm form = new RequestForm();
        form.setAgreementVersionId(body.agreementVersionId());
        form.setServiceId(body.serviceId());
        form.setPriority(RequestHistoryImport.priority(body.priority(), "priority"));
        form.setTitle(body.title());
        form.setDescription(body.description());
        form.setRequestedDue(body.requestedDue());
        form.setSubmissionKey(key);
        PeerRequest logged = OnceOnly.create(key, () -> requests.log(form, username()), () -> requests.loggedWith(username(), key));
        return created(requests.detail(logged.getId(), username()));
    }

    /**
     * Acts on a request as its page does: answers a question, resolves, confirms, reopens, changes the priority… with
     * the same rules. The act names the version of the request it was decided on; if the request changed since
     * (someone else acted, or this very call was sent twice after its answer was lost), nothing is done and the answer
     * is 409.
     */
    @POST
    @Path("{id}/acts")
    public Response act(@PathParam("id") long id, ApiViews.Act body) {
        Runnable act = actOf(id, body);
        try {
            requests.visible(id, username());
        } catch (RuleViolation notVisibleOrGone) {
            return ApiProblems.noSuchRequest(id, language());
        }
        return afterChange(id, act, "api.stale");
    }

    /** Makes a change decided on a version and answers the request as it then is (see {@link ApiProblems#afterChange}). */
    private Response afterChange(long id, Runnable change, String staleKey) {
        return ApiProblems.afterChange(change, () -> {
            PeerRequest changed = requests.detail(id, username());
            return ApiViews.Request.of(changed, requests.clocks(changed), language());
        }, Texts.format(language(), staleKey, id), FIELDS_AS_THE_API_NAMES_THEM);
    }

    /** The act the body names, refused by field when the body is incomplete. */
    private Runnable actOf(long id, ApiViews.Act body) {
        if (body.act() == null || body.act().isBlank()) {
            throw new RuleViolation("act", "api.required");
        }
        String name = body.act().strip().toUpperCase(Locale.ROOT);
        switch (name) {
            case CHANGE_PRIORITY -> {
                long version = ApiProblems.requiredVersion(body.version());
                Priority priority = RequestHistoryImport.priority(body.priority(), "priority");
                return () -> requests.changePriority(id, version, username(), priority);
            }
            case HAND_OFF -> {
                long version = ApiProblems.requiredVersion(body.version());
                return () -> handOffs.handOff(id, version, username(), body.serviceId(), body.text());
            }
            default -> {
                Requests.Act act = actNamed(name, body.act());
                long version = ApiProblems.requiredVersion(body.version());
                Long assigneeId = assigneeId(body.assignee());
                return () -> requests.act(id, version, username(), act, body.text(), assigneeId);
            }
        }
    }


    /**
     * The person an escalation went to acknowledges it, saying what they will do, on the escalation's version they
     * read; as on the request's page. Answers the request as it now is.
     */
    @POST
    @Path("{id}/escalations/{escalationId}/acknowledgement")
    public Response acknowledge(@PathParam("id") long id, @PathParam("escalationId") long escalationId,
                                ApiViews.Acknowledgement body) {
        long version = ApiProblems.requiredVersion(body.version());
        PeerRequest request;
        try {
            request = requests.visible(id, username());
        } catch (RuleViolation notVisibleOrGone) {
            return ApiProblems.noSuchRequest(id, language());
        }
        if (request.getEscalations().stream().noneMatch(escalation -> escalation.getId() == escalationId)) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON).entity(new ApiViews.Problem(null,
                    Texts.format(language(), "api.escalation.none", escalationId, id))).build();
        }
        return afterChange(id, () -> escalations.acknowledge(escalationId, version, username(), body.text()), "api.escalation.stale");
    }

    private static Requests.Act actNamed(String name, String given) {
        try {
            return Requests.Act.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("act", "api.act.unknown", Texts.echo(given));
        }
    }

    private Long assigneeId(String username) {
        return username == null ? null : employees.byUsername(username).map(Employee::getId)
                .orElseThrow(() -> new RuleViolation("assignee", "api.unknownEmployee", Texts.echo(username)));
    }

    /**
     * Where a service it may be handed off to, an id of {@code serviceId} for HAND_OFF: the services of the other
     * providers that serve the same consumer.
     */
    @GET
    @Path("{id}/hand-off-targets")
    public Response handOffTargets(@PathParam("id") long id) {
        return aboutVisible(id, request -> handOffs.targets(request).stream()
                .map(target -> new ApiViews.Service(target.id(), target.label())).toList());
    }

    @POST
    @Path("import")
    public Response importHistory(RequestHistory body) {
        if (!http.isUserInRole(Role.ADMIN.name())) {
            return Response.status(Response.Status.FORBIDDEN)
                    .entity(new ApiViews.Problem(null, Texts.format(language(), "api.import.adminsOnly"))).build();
        }
        return created(historyImport.write(body));
    }

    private Response created(PeerRequest request) {
        // the request's own address, also for one imported through /requests/import
        return Response.created(uri.getBaseUriBuilder().path(RequestResource.class).path(String.valueOf(request.getId())).build())
                .entity(ApiViews.Request.of(request, requests.clocks(request), language())).build();
    }

    /** The language the caller asked to be answered in ({@link ApiLanguage}). */
    private Locale language() {
        return ApiLanguage.of(headers);
    }

    private String username() {
        return http.getUserPrincipal().getName();
    }
}
