package org.servicepact.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.omnifaces.util.Messages;
import org.primefaces.component.rating.Rating;
import org.primefaces.component.rating.RatingRenderer;

import java.util.regex.Pattern;

/**
 * PrimeFaces' star rating, refusing a posted score that is no number of its stars with a message beside
 * them. PrimeFaces parses the score unguarded ({@code abc} was an HTTP 500) and drops one out of range
 * without a word; only a hand-made post sends either, but it must get an answer, not an error page.
 */
public class CheckedRatingRenderer extends RatingRenderer {

    private static final Pattern SCORE = Pattern.compile("\\d{1,2}");

    @Override
    public void decode(FacesContext context, UIComponent component) {
        Rating rating = (Rating) component;
        String clientId = rating.getClientId(context);
        String posted = context.getExternalContext().getRequestParameterMap().get(clientId + "_input");
        if (posted != null && !posted.isEmpty() && !isScore(posted, rating.getStars())) {
            rating.setValid(false);
            Messages.addError(clientId, "rating.score.range", 1, rating.getStars());
            return;
        }
        super.decode(context, component);
    }

    private static boolean isScore(String posted, int stars) {
        return SCORE.matcher(posted).matches() && Integer.parseInt(posted) <= stars;
    }
}
