package org.servicepact.feedback.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.servicepact.feedback.application.LetterDirectory;
import org.servicepact.feedback.application.LetterForm;
import org.servicepact.feedback.application.LetterRow;
import org.servicepact.feedback.application.Letters;
import org.servicepact.feedback.domain.Letter;
import org.servicepact.organisation.application.Departments;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.persistence.OnceOnly;
import org.servicepact.platform.i18n.Texts;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.api.ApiLanguage;
import org.servicepact.request.api.ApiPages;
import org.servicepact.request.api.ApiProblems;
import org.servicepact.request.api.ApiViews;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/v1/letters}: my letters as the feedback page lists them, writing a compliment or a complaint, a letter as
 * its page shows it to those who may read it, and its addressee's acknowledgement and, for a complaint, closing with an
 * answer and an outcome; under the same rules as the pages, each step on the letter's version it was decided on.
 */
@Path("letters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LetterResource {

    /** The page's names of what the addressee writes, named {@code text} in the API's bodies. */
    private static final Map<String, String> FIELDS_AS_THE_API_NAMES_THEM = Map.of("acknowledgement", "text", "response", "text");

    @Inject
    Letters letters;

    @Inject
    LetterDirectory directory;

    @Inject
    Employees employees;

    @Inject
    Departments departments;

    @Inject
    HttpServletRequest http;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** One of my lists (scope TO_ME, WRITTEN, ABOUT_ME, ABOUT_MY_DEPARTMENT), those whose subject or department holds {@code q}. */
    @GET
    public List<LetterLine> list(@QueryParam("scope") @DefaultValue("TO_ME") String scope, @QueryParam("q") @DefaultValue("") String search,
                                 @QueryParam("first") @DefaultValue("0") String first, @QueryParam("size") @DefaultValue("50") String size) {
        LetterDirectory.Scope chosen;
        try {
            chosen = LetterDirectory.Scope.valueOf(scope);
        } catch (IllegalArgumentException unknown) {
            throw new RuleViolation("scope", "api.letter.scope", Texts.echo(scope));
        }
        return directory.page(chosen, username(), ApiPages.of(first, size, search)).stream().map(LetterLine::of).toList();
    }

    /**
     * Writes a compliment or a complaint as the page does; a client that may retry sends an {@code Idempotency-Key}
     * header, and a call with a key it used before answers the letter that call wrote instead of writing another.
     */
    @POST
    public Response write(NewLetter body, @HeaderParam("Idempotency-Key") String idempotencyKey) {
        String key = OnceOnly.key(idempotencyKey, "Idempotency-Key");
        LetterForm form = body.requestId() == null ? new LetterForm() : letters.draft(body.requestId(), username());
        form.setKind(body.chosenKind());
        aboutWhom(body, form);
        if (body.subject() != null) {
            form.setSubject(body.subject());
        }
        form.setBody(body.body());
        form.setSubmissionKey(key);
        Letter written = OnceOnly.create(key, () -> letters.write(form, username()), () -> letters.writtenWith(username(), key));
        return Response.created(uri.getBaseUriBuilder().path(LetterResource.class).path(String.valueOf(written.getId())).build())
                .entity(LetterView.of(letters.detail(written.getId(), username()))).build();
    }

    /** The person or the department the body names; neither keeps whom a letter about a request is drafted about. */
    private void aboutWhom(NewLetter body, LetterForm form) {
        if (body.aboutEmployee() != null && body.aboutDepartment() != null) {
            throw new RuleViolation("aboutDepartment", "api.letter.aboutBoth");
        }
        if (body.aboutEmployee() != null) {
            form.setAbout(LetterForm.About.PERSON);
            form.setAboutEmployeeId(employees.byUsername(body.aboutEmployee()).map(Employee::getId)
                    .orElseThrow(() -> new RuleViolation("aboutEmployee", "api.unknownEmployee", Texts.echo(body.aboutEmployee()))));
        } else if (body.aboutDepartment() != null) {
            form.setAbout(LetterForm.About.DEPARTMENT);
            form.setAboutDepartmentId(departments.byCodeOrName(body.aboutDepartment()).map(Department::getId)
                    .orElseThrow(() -> new RuleViolation("aboutDepartment", "api.unknownDepartment", Texts.echo(body.aboutDepartment()))));
        }
    }

    @GET
    @Path("{id}")
    public Response read(@PathParam("id") long id) {
        try {
            return Response.ok(LetterView.of(letters.detail(id, username()))).build();
        } catch (RuleViolation notReadableOrGone) {
            return noSuchLetter(id);
        }
    }

    /** The addressee says they have read it, and what they will do; a compliment is then closed. */
    @POST
    @Path("{id}/acknowledgement")
    public Response acknowledge(@PathParam("id") long id, ApiViews.Acknowledgement body) {
        long version = ApiProblems.requiredVersion(body.version());
        return readable(id) ? afterChange(id, () -> letters.acknowledge(id, version, username(), body.text())) : noSuchLetter(id);
    }

    /** The addressee answers an acknowledged complaint and closes it with an outcome. */
    @POST
    @Path("{id}/closing")
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
     * A new letter: {@code kind}, COMPLIMENT or COMPLAINT; whom it is about, {@code aboutEmployee} (a username) or
     * {@code aboutDepartment} (its code or name), or neither with {@code requestId}, which then goes to the other side of
     * that request as the page drafts it (and gives the subject when the body has none); {@code subject} and {@code body}.
     */
    public record NewLetter(String kind, String aboutEmployee, String aboutDepartment, Long requestId, String subject, String body) {

        Letter.Kind chosenKind() {
            if (kind == null || kind.isBlank()) {
                throw new RuleViolation("kind", "api.required");
            }
            try {
                return Letter.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new RuleViolation("kind", "api.letter.kind", Texts.echo(kind));
            }
        }
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
     * A line of a letter list as the feedback page shows it, with {@code api}, the letter's path in the API.
     */
    public record LetterLine(long id, String number, String kind, String status, String subject, String aboutPersonName,
                             String aboutDepartmentName, String authorName, String addresseeName, Instant writtenAt, String api) {

        static LetterLine of(LetterRow row) {
            return new LetterLine(row.id(), row.getNumber(), row.kind().name(), row.status().name(), row.subject(), row.aboutPersonName(),
                    row.aboutDepartmentName(), row.authorName(), row.addresseeName(), row.writtenAt(), "/api/v1/letters/" + row.id());
        }
    }

    /**
     * A letter as its page shows it: what kind, where it stands, about whom ({@code aboutEmployee}, a username, absent
     * when it is about a department) in which department (its name and code), who wrote it and to whom it went (usernames), the request it
     * is about if any, what it says, and its handling: the acknowledgement, and a complaint's answer and outcome.
     * {@code version} changes with each step; a step names the version it was decided on.
     */
    public record LetterView(Long id, long version, String number, String kind, String status, String aboutEmployee,
                             String aboutDepartment, String aboutDepartmentCode, String author, String addressee, Long requestId, String subject, String body,
                             Instant writtenAt, Instant acknowledgedAt, String acknowledgement, Instant closedAt, String response,
                             String outcome) {

        static LetterView of(Letter letter) {
            return new LetterView(letter.getId(), letter.getVersion(), letter.getNumber(), letter.getKind().name(),
                    letter.getStatus().name(), letter.getAboutEmployee() == null ? null : letter.getAboutEmployee().getUsername(),
                    letter.getAboutDepartment().getName(), letter.getAboutDepartment().getCode(), letter.getAuthor().getUsername(), letter.getAddressee().getUsername(),
                    letter.getRequest() == null ? null : letter.getRequest().getId(), letter.getSubject(), letter.getBody(),
                    letter.getWrittenAt(), letter.getAcknowledgedAt(), letter.getAcknowledgement(), letter.getClosedAt(),
                    letter.getResponse(), letter.getOutcome() == null ? null : letter.getOutcome().name());
        }
    }
}
