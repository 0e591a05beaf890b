package org.servicepact.feedback.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * The blind-rating rule. After a request is resolved each side may rate the other until the window closes;
 * neither sees the other's rating until both have rated or the window has closed, so nobody rates in reply.
 *
 * @param closesAt when the window closes (the agreed days after the last resolution); {@code null} while
 *                 the request is not resolved, when nobody may rate yet
 */
public record RatingWindow(Instant closesAt) implements Serializable {

    /** Whether a rating may still be given at that moment. */
    public boolean isOpenAt(Instant now) {
        return closesAt != null && now.isBefore(closesAt);
    }

    /** Whether a side sees the other's rating: once both have rated, or once the window has closed. */
    public boolean reveals(boolean mineGiven, boolean theirsGiven, Instant now) {
        return mineGiven && theirsGiven || closesAt != null && !now.isBefore(closesAt);
    }
}
