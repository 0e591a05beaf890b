package org.servicepact.request.api;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.servicepact.platform.persistence.Records;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.platform.i18n.Texts;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every refused call answers 400 with the field it concerns and a sentence, never a stack trace. */
public final class ApiProblems {

    private ApiProblems() {
    }

    static Response badRequest(String field, String message) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(new ApiViews.Problem(field, message)).build();
    }

    /** 404 for a request that does not exist or that the caller may not see: the two are not told apart. */
    public static Response noSuchRequest(long id, Locale language) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                .entity(new ApiViews.Problem(null, Texts.format(language, "api.request.none", id))).build();
    }

    /** The call was decided on a record as it was before another change: nothing was done. */
    public static Response conflict(String field, String message) {
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON)
                .entity(new ApiViews.Problem(field, message)).build();
    }

    /** The version a change names as decided on, refused by name when the body left it out. */
    public static long requiredVersion(Long version) {
        if (version == null) {
            throw new RuleViolation("version", "api.required");
        }
        return version;
    }

    /**
     * Makes a change decided on a version of a record and answers what {@code answer} then says (200). When the record
     * changed since, nothing is done and the answer is 409 naming {@code version} with {@code staleMessage}; any other
     * refusal is thrown on (answered 400), its field named as the API's body names it ({@code apiNames}: the page's
     * name to the body's, "comment" to "text", say).
     */
    public static Response afterChange(Runnable change, Supplier<?> answer, String staleMessage, Map<String, String> apiNames) {
        try {
            change.run();
        } catch (RuntimeException refused) {
            if (Records.isStale(refused)) {
                return conflict("version", staleMessage);
            }
            RuleViolation violation = RuleViolation.causing(refused).orElseThrow(() -> refused);
            String field = apiNames.getOrDefault(String.valueOf(violation.field()), violation.field());
            throw Objects.equals(field, violation.field()) ? violation : new RuleViolation(field, violation.messageKey(), violation.arguments());
        }
        return Response.ok(answer.get()).type(MediaType.APPLICATION_JSON).build();
    }

    /** A business rule refused the call. */
    @Provider
    public static class RuleViolations implements ExceptionMapper<RuleViolation> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(RuleViolation violation) {
            return answer(violation, ApiLanguage.of(headers));
        }

        static Response answer(RuleViolation violation, Locale language) {
            return badRequest(violation.field(), Texts.format(language, violation.messageKey(), violation.arguments()));
        }
    }

    /**
     * The container refused the call's input (a header of the wrong type, say): said in the caller's language, without
     * the library's English sentence, which would name its own classes.
     */
    @Provider
    public static class BadInput implements ExceptionMapper<BadRequestException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(BadRequestException e) {
            return badRequest(null, Texts.format(ApiLanguage.of(headers), "api.input"));
        }
    }

    /** A body the container could not read at all (the connection broke while it came, say). */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(ProcessingException e) {
            return badRequest(null, Texts.format(ApiLanguage.of(headers), "api.json.unreadable"));
        }
    }

    /** A body larger than a call takes, refused before it was read whole. */
    @Provider
    public static class TooLargeBodies implements ExceptionMapper<JsonBodies.TooLarge> {

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(JsonBodies.TooLarge e) {
            return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiViews.Problem(null, Texts.format(ApiLanguage.of(headers), "api.status.413"))).build();
        }
    }

    /** A call the application refused before reaching a resource: no such path (404), method (405), media type (406, 415). */
    @Provider
    public static class RefusedCalls implements ExceptionMapper<WebApplicationException> {

        private static final Set<Integer> EXPLAINED = Set.of(404, 405, 406, 415);

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            Locale language = ApiLanguage.of(headers);
            String message = EXPLAINED.contains(status) ? Texts.format(language, "api.status." + status)
                    : Texts.format(language, "api.status.other", status);
            return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiViews.Problem(null, message)).build();
        }
    }

    /** Anything unforeseen: logged with its stack trace, answered 500 in JSON without one. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Exception> {

        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Exception e) {
            Optional<RuleViolation> refused = RuleViolation.causing(e);
            if (refused.isPresent()) {
                return RuleViolations.answer(refused.get(), ApiLanguage.of(headers));
            }
            LOG.log(Level.SEVERE, "An API call failed", e);
            return Response.serverError().type(MediaType.APPLICATION_JSON)
                    .entity(new ApiViews.Problem(null, Texts.format(ApiLanguage.of(headers), "api.status.500"))).build();
        }
    }
}
