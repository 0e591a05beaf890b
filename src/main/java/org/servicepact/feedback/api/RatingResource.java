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
import jakarta.ws.rs.core.UriInfo;
import org.servicepact.feedback.application.RatingForm;
import org.servicepact.feedback.application.Ratings;
import org.servicepact.feedback.application.RequestRatings;
import org.servicepact.feedback.domain.Principle;
import org.servicepact.feedback.domain.Rating;
import org.servicepact.platform.i18n.Texts;
import org.servicepact.platform.persistence.Records;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.api.ApiLanguage;
import org.servicepact.request.api.ApiProblems;
import org.servicepact.request.application.Requests;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /api/v1/requests/{id}/rating}: the ratings of a resolved request as I may see them, and my rating of the other
 * side, under the same rules as the request's page (one rating per side, while the window is open; the other side's
 * shown once both have rated or the window has closed).
 */
@Path("requests/{id}/rating")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RatingResource {

    @Inject
    Ratings ratings;

    @Inject
    Requests requests;

    @Inject
    HttpServletRequest http;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    public Response read(@PathParam("id") long id) {
        try {
            return Response.ok(RequestRatingsView.of(ratings.of(id, username()))).build();
        } catch (RuleViolation notVisibleOrGone) {
            return ApiProblems.noSuchRequest(id, language());
        }
    }

    /**
     * Rates the other side: the requester the provider, the person who had the request the requester. A rating is
     * final; a second one answers 409, as does one that met the other side's at the same moment (send it again).
     */
    @POST
    public Response rate(@PathParam("id") long id, NewRating body) {
        RatingForm form = body.form();
        try {
            requests.visible(id, username());
        } catch (RuleViolation notVisibleOrGone) {
            return ApiProblems.noSuchRequest(id, language());
        }
        try {
            ratings.rate(id, username(), form);
        } catch (RuntimeException refused) {
            if (Records.isStale(refused)) {
                return ApiProblems.conflict(null, Texts.format(language(), "api.rating.stale"));
            }
            RuleViolation violation = RuleViolation.causing(refused).orElseThrow(() -> refused);
            if ("rating.alreadyGiven".equals(violation.messageKey())) {
                return ApiProblems.conflict(null, Texts.format(language(), violation.messageKey()));
            }
            throw violation;
        }
        return Response.created(uri.getRequestUri()).entity(RequestRatingsView.of(ratings.of(id, username()))).build();
    }

    private Locale language() {
        return ApiLanguage.of(headers);
    }

    private String username() {
        return http.getUserPrincipal().getName();
    }

    /**
     * A rating to give: a score from 1 to 5 for each principle of the side I rate (the provider on {@code respect},
     * {@code helpfulness}, {@code integrity} and {@code workmanship}; the requester on {@code respect}, {@code clarity},
     * {@code responsiveness} and {@code fairness}) and a {@code comment}, optional.
     */
    public record NewRating(Integer respect, Integer helpfulness, Integer integrity, Integer workmanship, Integer clarity,
                            Integer responsiveness, Integer fairness, String comment) {

        RatingForm form() {
            RatingForm form = new RatingForm().score(Principle.RESPECT, respect).score(Principle.HELPFULNESS, helpfulness)
                    .score(Principle.INTEGRITY, integrity).score(Principle.WORKMANSHIP, workmanship)
                    .score(Principle.CLARITY, clarity).score(Principle.RESPONSIVENESS, responsiveness)
                    .score(Principle.FAIRNESS, fairness);
            form.setComment(comment);
            return form;
        }
    }

    /**
     * A request's ratings as I may see them: the side I rate ({@code PROVIDER} as its requester, {@code CONSUMER} as
     * the person who had it, null for anyone else), the {@code principles} I score it on, whether I may rate now
     * ({@code mayRate}), when the window closes ({@code closesAt}, null until it is resolved), my rating, theirs once the
     * blind rule shows it, and whether they have rated ({@code theirsGiven}) while it does not.
     */
    public record RequestRatingsView(String youRate, List<String> principles, boolean mayRate, Instant closesAt,
                                     GivenRating mine, GivenRating theirs, boolean theirsGiven) {

        static RequestRatingsView of(RequestRatings ratings) {
            return new RequestRatingsView(ratings.sideIRate() == null ? null : ratings.sideIRate().name(),
                    Principle.ratedFor(ratings.sideIRate()).stream().map(Principle::field).toList(),
                    ratings.mayRate(), ratings.closesAt(), GivenRating.of(ratings.mine()), GivenRating.of(ratings.theirs()),
                    ratings.theirsGiven());
        }
    }

    /** A rating given: its scores by principle (named as a new rating names them), its comment, who gave it and when. */
    public record GivenRating(Map<String, Integer> scores, String comment, String rater, Instant ratedAt) {

        static GivenRating of(Rating rating) {
            if (rating == null) {
                return null;
            }
            Map<String, Integer> scores = new LinkedHashMap<>();
            rating.scores().forEach((principle, score) -> scores.put(principle.field(), score));
            return new GivenRating(scores, rating.getComment(), rating.getRater().getUsername(), rating.getRatedAt());
        }
    }
}
