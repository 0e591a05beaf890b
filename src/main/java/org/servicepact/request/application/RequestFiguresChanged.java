package org.servicepact.request.application;

import org.servicepact.request.domain.PeerRequest;

import java.time.Instant;

/**
 * What a request counts for in the reports (status, quality counts, month, clock outcomes) changed: fired as
 * a CDI event within the act's transaction; the insight component observes it to recompute the request's tie
 * and month. The request component does not know who sums its figures.
 */
public record RequestFiguresChanged(PeerRequest request, Instant at) {
}
