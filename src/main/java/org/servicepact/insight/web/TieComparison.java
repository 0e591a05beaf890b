package org.servicepact.insight.web;

import org.servicepact.insight.application.TieReport;
import org.servicepact.insight.domain.TieFigures;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * One line of the tie page's side-by-side table: a figure, written for each direction.
 *
 * @param labelKey the message key naming the figure
 * @param aServesB the figure where A is the provider, as the page writes it
 * @param bServesA the figure where B is the provider
 */
public record TieComparison(String labelKey, String aServesB, String bServesA) implements Serializable {

    /** The figures the tie page compares, in the order it shows them. */
    public static List<TieComparison> of(TieReport tie, InsightFormat format) {
        return List.of(
                line(tie, "insight.requests", f -> String.valueOf(f.requests())),
                line(tie, "insight.providerCompliance", f -> format.percent(f.providerCompliance())),
                line(tie, "insight.consumerCompliance", f -> format.percent(f.consumerCompliance())),
                line(tie, "insight.consumerWaited", f -> format.hours(f.consumerWaitSeconds())),
                line(tie, "insight.providerWaited", f -> format.hours(f.providerWaitSeconds())),
                line(tie, "insight.escalationsAboutProvider", f -> String.valueOf(f.escalationsAboutProvider())),
                line(tie, "insight.escalationsAboutConsumer", f -> String.valueOf(f.escalationsAboutConsumer())),
                line(tie, "insight.firstTime", f -> format.percent(f.firstTimeResolutionRate())),
                line(tie, "insight.reopenRate", f -> format.percent(f.reopenRate())),
                line(tie, "insight.ratingOfProvider", f -> format.rating(f.ofProvider())),
                line(tie, "insight.ratingOfConsumer", f -> format.rating(f.ofConsumer())));
    }

    private static TieComparison line(TieReport tie, String labelKey, Function<TieFigures, String> figure) {
        return new TieComparison(labelKey, figure.apply(tie.aServesB()), figure.apply(tie.bServesA()));
    }
}
