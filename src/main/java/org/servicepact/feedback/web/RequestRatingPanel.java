package org.servicepact.feedback.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.servicepact.agreement.domain.Side;
import org.servicepact.feedback.application.RatingForm;
import org.servicepact.feedback.application.Ratings;
import org.servicepact.feedback.application.RequestRatings;
import org.servicepact.feedback.domain.Principle;
import org.servicepact.feedback.domain.Rating;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.platform.web.FormMessages;
import org.servicepact.platform.web.PerRequest;
import org.servicepact.request.domain.PeerRequest;
import org.servicepact.security.CurrentUser;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * The feedback part of a request's page: rate the other side, and see their rating once the blind rule
 * allows. The ratings are read again on every request of the page, since the request's own acts (resolve,
 * reopen) open and close the rating window.
 */
@Named
@ViewScoped
public class RequestRatingPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Ratings ratings;

    @Inject
    CurrentUser currentUser;

    private Long requestId;
    private RatingForm form = new RatingForm();
    private final PerRequest<Shown> shown = new PerRequest<>();

    /** The ratings read in this request, with the request's page's read they came from (none when read by its id). */
    private record Shown(PeerRequest request, RequestRatings ratings) {
    }

    /** Shows the ratings of the request the page shows (set once when the page opens; the panel lives as long as the page). */
    public void showFor(Long requestId) {
        this.requestId = requestId;
        shown.forget();
    }

    public void rate() {
        if (FormMessages.attempt(() -> ratings.rate(requestId, currentUser.getUsername(), form), null)) {
            Messages.addGlobalInfo("rating.given");
            form = new RatingForm();
        }
        shown.forget();
    }

    /** The ratings as I may see them, read once per request of the page; {@code null} if I may not see them. */
    public RequestRatings getRatings() {
        return shown.get(() -> new Shown(null, read())).ratings();
    }

    private RequestRatings read() {
        return requestId == null ? null : unlessHidden(() -> ratings.of(requestId, currentUser.getUsername()));
    }

    /**
     * The ratings of the request as its page read it. When the page reads its request again in the same request (after
     * an act such as resolving it, which opens the rating window), the ratings are read again from that read.
     */
    private RequestRatings ratingsOf(PeerRequest request) {
        Shown current = shown.get(() -> readFrom(request));
        if (current.request() != request) {
            shown.forget();
            current = shown.get(() -> readFrom(request));
        }
        return current.ratings();
    }

    private Shown readFrom(PeerRequest request) {
        return new Shown(request, currentUser.employee().map(me -> unlessHidden(() -> ratings.of(request, me))).orElse(null));
    }

    /**
     * Shown to the requester and the assignee once the request has been resolved. Asked first by the panel, with the
     * request its page has read in this request: the ratings are read from that request, not from the database again,
     * and what follows in the panel finds them read.
     */
    public boolean isShownFor(PeerRequest request) {
        RequestRatings current = ratingsOf(request);
        return current != null && current.isTakingPart() && current.closesAt() != null;
    }

    /**
     * Whether the page's view needs the rating form: I have not rated the request (yet). Decided each time the view is
     * built, before any act of the request changes it: a rating once given stays, so a view built without the form never
     * needs it later in the same request, while the request's own acts (resolving it, taking it on) may make me a rater.
     * Where I have rated, as on most visits to a resolved request, its inputs and their dialog are not built at all.
     */
    public boolean isStillToRate(PeerRequest request) {
        RequestRatings current = ratingsOf(request);
        return current != null && current.mine() == null;
    }

    /** The ratings read, or null when the person may not see the request. */
    private static RequestRatings unlessHidden(Supplier<RequestRatings> read) {
        try {
            return read.get();
        } catch (RuleViolation notVisible) {
            return null;
        }
    }

    /** Whether I rate the provider (as requester) rather than the requester (as assignee). */
    public boolean isRatingProvider() {
        return getRatings().sideIRate() == Side.PROVIDER;
    }

    /** What I gave the other side, principle by principle (none until I have rated). */
    public List<Score> getMyScores() {
        return Score.of(getRatings().mine());
    }

    /** What the other side gave me, principle by principle (none while it is not shown to me). */
    public List<Score> getTheirScores() {
        return Score.of(getRatings().theirs());
    }

    /** A principle and the stars a given rating gave it, shown as plain markup rather than a read-only rating component. */
    public record Score(Principle principle, int stars) implements Serializable {

        static List<Score> of(Rating rating) {
            return rating == null ? List.of()
                    : rating.scores().entrySet().stream().map(score -> new Score(score.getKey(), score.getValue())).toList();
        }
    }

    public RatingForm getForm() {
        return form;
    }
}
