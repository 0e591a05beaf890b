package org.servicepact.feedback.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The blind-rating rule: nobody sees the other side's rating before giving their own, unless the window closed. */
class RatingWindowTest {

    private static final Instant CLOSES = Instant.parse("2026-12-03T08:00:00Z");
    private static final Instant BEFORE = CLOSES.minusSeconds(1);
    private final RatingWindow window = new RatingWindow(CLOSES);

    @Test
    void theOtherSidesRatingStaysHiddenUntilBothHaveRated() {
        assertFalse(window.reveals(false, true, BEFORE), "they rated, I did not: hidden from me");
        assertFalse(window.reveals(true, false, BEFORE), "I rated, they did not: nothing to see");
        assertTrue(window.reveals(true, true, BEFORE), "both rated: shown");
    }

    @Test
    void theClosedWindowRevealsWhatWasGiven() {
        assertTrue(window.reveals(false, true, CLOSES), "closed exactly at its end");
        assertTrue(window.reveals(false, true, CLOSES.plusSeconds(3600)));
    }

    @Test
    void ratingIsPossibleOnlyWhileTheWindowIsOpen() {
        assertTrue(window.isOpenAt(BEFORE));
        assertFalse(window.isOpenAt(CLOSES));
        assertFalse(new RatingWindow(null).isOpenAt(BEFORE), "not resolved: no window yet");
        assertFalse(new RatingWindow(null).reveals(false, true, BEFORE));
    }
}
