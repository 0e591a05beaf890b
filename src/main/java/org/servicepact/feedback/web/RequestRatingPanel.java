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
    private final PerRequest<RequestRatings> shown = new PerRequest<>();

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
        return shown.get(this::read);
    }

    private RequestRatings read() {
        return requestId == null ? null : unlessHidden(() -> ratings.of(requestId, currentUser.getUsername()));
    }

    /**
     * Shown to the requester and the assignee once the request has been resolved. Asked first by the panel, with the
     * request its page has read in this request: the ratings are read from that request, not from the database again,
     * and what follows in the panel finds them read.
     */
    public boolean isShownFor(PeerRequest request) {
        RequestRatings current = shown.get(() -> currentUser.employee().map(me -> unlessHidden(() -> ratings.of(request, me)))
                .orElse(null));
        return current != null && current.isTakingPart() && current.closesAt() != null;
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

    /** The principles I rated the other side on. */
    public List<Principle> getMyPrinciples() {
        return Principle.ratedFor(getRatings().sideIRate());
    }

    /** The principles the other side rated me on. */
    public List<Principle> getTheirPrinciples() {
        Side mine = getRatings().sideIRate();
        return Principle.ratedFor(mine == null ? null : mine.other());
    }

    public RatingForm getForm() {
        return form;
    }
}
