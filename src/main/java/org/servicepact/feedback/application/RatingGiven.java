package org.servicepact.feedback.application;

import org.servicepact.request.domain.PeerRequest;

import java.time.Instant;

/**
 * One side rated the other on a request: fired as a CDI event within the rating's transaction; the insight
 * component observes it, as ratings count in the reports of the request's tie and month.
 */
public record RatingGiven(PeerRequest request, Instant at) {
}
