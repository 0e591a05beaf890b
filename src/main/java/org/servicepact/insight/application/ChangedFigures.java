package org.servicepact.insight.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.servicepact.feedback.application.RatingGiven;
import org.servicepact.request.application.RequestFiguresChanged;

/**
 * Hears, through CDI events and within the same transaction, that a request's report figures changed (an act,
 * the watcher, a rating) and marks the request, so that {@link TieMonthRollup} recomputes its tie and month.
 * Nothing calls into insight: it observes.
 */
@ApplicationScoped
public class ChangedFigures {

    void requestChanged(@Observes RequestFiguresChanged change) {
        change.request().markFiguresChanged(change.at());
    }

    void rated(@Observes RatingGiven rating) {
        rating.request().markFiguresChanged(rating.at());
    }
}
