package org.servicepact.feedback.application;

import org.servicepact.agreement.domain.Side;
import org.servicepact.feedback.domain.Rating;

import java.io.Serializable;
import java.time.Instant;

/**
 * The ratings of one request as one person may see them: which side they rate (if any), whether they may
 * still rate, their own rating, and the other side's — only once the blind-rating rule reveals it.
 *
 * @param sideIRate   the side this person rates ({@code PROVIDER} for the requester, {@code CONSUMER} for
 *                    the assignee), or {@code null} for anyone else
 * @param mayRate     whether they may rate now: their side, window open, not yet rated
 * @param closesAt    when the rating window closes, {@code null} while the request is not resolved
 * @param mine        the rating this person gave, or {@code null}
 * @param theirs      the rating of this person's side by the other side, {@code null} until revealed
 * @param theirsGiven whether the other side has rated (without revealing how)
 */
public record RequestRatings(Side sideIRate, boolean mayRate, Instant closesAt, Rating mine, Rating theirs,
                             boolean theirsGiven) implements Serializable {

    public boolean isTakingPart() {
        return sideIRate != null;
    }
}
