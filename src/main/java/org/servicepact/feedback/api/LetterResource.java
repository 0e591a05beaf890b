package org.servicepact.feedback.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.servicepact.feedback.application.Letters;
import org.servicepact.feedback.domain.Letter;
import org.servicepact.platform.i18n.Texts;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.api.ApiLanguage;
import org.servicepact.request.api.ApiProblems;
import org.servicepact.request.api.ApiViews;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/v1/letters/{id}}: a compliment or a complaint as its page shows it to those who may read it, and its
 * addressee's acknowledgement and, for a complaint, closing with an answer and an outcome; under the same rules as the
 * page, each on the letter's version it was decided on.
 */
@Path("letters/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LetterResource {

    /** The page's names of what the addressee writes, named {@code text} in the API's bodies. */
    private static final Map<String, String> FIELDS_AS_THE_API_NAMES_THEM = Map.of("acknowledgement", "text", "response", "text");

    @Inject
    Letters letters;

    @Inject
    HttpServletRequest http;

    @Context
    HttpHeaders headers;

    @GET
    public Response read(@PathParam("id") long id) {
        try {
            return Response.ok(LetterView.of(letters.detail(id, username()))).build();
        } catch (RuleViolation notReadableOrGone) {
            return noSuchLetter(id);
        }
    }

    /** The addressee says they have read it, and what they will do; a compliment is then closed. */
    @POST
    @Path("acknowledgement")
    public Response acknowledge(@PathParam("id") long id, ApiViews.Acknowledgement body) {
        long version = ApiProblems.requiredVersion(body.version());
        return readable(id) ? afterChange(id, () -> letters.acknowledge(id, version, username(), body.text())) : noSuchLetter(id);
    }

    /** The addressee answers an acknowledged complaint and closes it with an outcome. */
    @POST
    @Path("closing")
    public Response close(@PathParam("id") long id, Closing body) {
        long version = ApiProblems.requiredVersion(body.version());
        Letter.Outcome outcome = body.chosenOutcome();
        return readable(id) ? afterChange(id, () -> letters.close(id, version, username(), body.text(), outcome)) : noSuchLetter(id);
    }

    private boolean readable(long id) {
        try {
            letters.detail(id, username());
            return true;
        } catch (RuleViolation notReadableOrGone) {
            return false;
        }
    }

    private Response afterChange(long id, Runnable change) {
        return ApiProblems.afterChange(change, () -> LetterView.of(letters.detail(id, username())),
                Texts.format(language(), "api.letter.stale", id), FIELDS_AS_THE_API_NAMES_THEM);
    }

    private Response noSuchLetter(long id) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                .entity(new ApiViews.Problem(null, Texts.format(language(), "api.letter.none", id))).build();
    }

    private Locale language() {
        return ApiLanguage.of(headers);
    }

    private String username() {
        return http.getUserPrincipal().getName();
    }

    /**
     * A complaint's closing: {@code text}, the answer to its author; {@code outcome}, one of UPHELD, PARTLY_UPHELD and
     * NOT_UPHELD; {@code version}, the letter's as the caller last read it.
     */
    public record Closing(String text, String outcome, Long version) {

        Letter.Outcome chosenOutcome() {
            if (outcome == null || outcome.isBlank()) {
                return null;
            }
            try {
                return Letter.Outcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new RuleViolation("outcome", "api.letter.outcome", Texts.echo(outcome));
            }
        }
    }

    /**
     * A letter as its page shows it: what kind, where it stands, about whom ({@code aboutEmployee}, a username, absent
     * when it is about a department) in which department, who wrote it and to whom it went (usernames), the request it
     * is about if any, what it says, and its handling: the acknowledgement, and a complaint's answer and outcome.
     * {@code version} changes with each step; a step names the version it was decided on.
     */
    public record LetterView(Long id, long version, String number, String kind, String status, String aboutEmployee,
                             String aboutDepartment, String author, String addressee, Long requestId, String subject, String body,
                             Instant writtenAt, Instant acknowledgedAt, String acknowledgement, Instant closedAt, String response,
                             String outcome) {

        static LetterView of(Letter letter) {
            return new LetterView(letter.getId(), letter.getVersion(), letter.getNumber(), letter.getKind().name(),
                    letter.getStatus().name(), letter.getAboutEmployee() == null ? null : letter.getAboutEmployee().getUsername(),
                    letter.getAboutDepartment().getName(), letter.getAuthor().getUsername(), letter.getAddressee().getUsername(),
                    letter.getRequest() == null ? null : letter.getRequest().getId(), letter.getSubject(), letter.getBody(),
                    letter.getWrittenAt(), letter.getAcknowledgedAt(), letter.getAcknowledgement(), letter.getClosedAt(),
                    letter.getResponse(), letter.getOutcome() == null ? null : letter.getOutcome().name());
        }
    }
}
