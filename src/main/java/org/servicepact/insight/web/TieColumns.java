package org.servicepact.insight.web;

import org.servicepact.insight.application.TieRow;
import org.servicepact.platform.web.ReportCell;
import org.servicepact.platform.web.ReportColumn;

import java.util.Comparator;
import java.util.List;

import static org.servicepact.platform.web.BundleMessageResolver.format;

/** The columns of a table of tie directions (the culture review's and a dashboard's), exported as they read. */
final class TieColumns {

    private TieColumns() {
    }

    /** The columns, the health linking to the tie's page for the same months. */
    static List<ReportColumn<TieRow>> of(InsightFormat figures, PeriodChoice period) {
        return List.of(
                ReportColumn.<TieRow>text(format("insight.provider"), TieRow::providerName)
                        .sortable("provider", Comparator.comparing(TieRow::providerName, String.CASE_INSENSITIVE_ORDER)),
                ReportColumn.<TieRow>text(format("insight.consumer"), TieRow::consumerName)
                        .sortable("consumer", Comparator.comparing(TieRow::consumerName, String.CASE_INSENSITIVE_ORDER)),
                ReportColumn.<TieRow>figures(format("insight.requests"), t -> String.valueOf(t.figures().requests()))
                        .sortable("requests", Comparator.comparingLong(t -> t.figures().requests())),
                ReportColumn.figures(format("insight.providerCompliance"), t -> figures.percent(t.figures().providerCompliance())),
                ReportColumn.figures(format("insight.consumerCompliance"), t -> figures.percent(t.figures().consumerCompliance())),
                ReportColumn.figures(format("insight.firstTime"), t -> figures.percent(t.figures().firstTimeResolutionRate())),
                ReportColumn.figures(format("insight.reopenRate"), t -> figures.percent(t.figures().reopenRate())),
                ReportColumn.figures(format("insight.escalationsAboutProvider"), t -> String.valueOf(t.figures().escalationsAboutProvider())),
                ReportColumn.figures(format("insight.escalationsAboutConsumer"), t -> String.valueOf(t.figures().escalationsAboutConsumer())),
                ReportColumn.figures(format("insight.ratingOfProvider"), t -> figures.rating(t.figures().ofProvider())),
                ReportColumn.figures(format("insight.ratingOfConsumer"), t -> figures.rating(t.figures().ofConsumer())),
                ReportColumn.cells(format("insight.health"), true, t -> new ReportCell(figures.health(t.health()),
                        "/insight/tie.xhtml?a=" + t.providerId() + "&b=" + t.consumerId() + "&from=" + period.getFrom() + "&to=" + period.getTo(),
                        "portal-health " + figures.band(t.health()))));
    }
}
