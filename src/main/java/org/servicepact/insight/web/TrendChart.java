package org.servicepact.insight.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.servicepact.insight.application.MonthFigures;
import org.servicepact.insight.domain.TieFigures;
import org.servicepact.platform.web.BundleMessageResolver;

import java.io.Serializable;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import static org.servicepact.platform.SharedJson.JSON;

/**
 * A monthly trend, drawn and told: a Chart.js configuration for PrimeFaces' chart (request volumes as bars on the
 * right axis, shares such as compliance and first-time resolution as lines in percent on the left, every axis
 * titled) and the same figures as a table, the chart's text alternative for screen readers and for anyone who
 * wants the numbers. A trend of months without any request is empty: pages say so instead of drawing empty axes.
 */
public final class TrendChart {

    private static final String NONE = "—";

    /** One line or set of bars: a share per month in percent (null: no data that month), or a count. */
    private record Series(String label, String colour, boolean share, List<Double> values) implements Serializable {
    }

    private final List<MonthFigures> months;
    private final List<Series> series = new ArrayList<>();

    TrendChart(List<MonthFigures> months) {
        this.months = months;
    }

    TrendChart requests() {
        return count(BundleMessageResolver.format("insight.requests"), "#9cc3d5", TieFigures::requests);
    }

    TrendChart providerCompliance() {
        return share(BundleMessageResolver.format("insight.providerCompliance"), "#1e6b34", TieFigures::providerCompliance);
    }

    TrendChart consumerCompliance() {
        return share(BundleMessageResolver.format("insight.consumerCompliance"), "#8a5a00", TieFigures::consumerCompliance);
    }

    TrendChart firstTimeResolution() {
        return share(BundleMessageResolver.format("insight.firstTime"), "#2c4a9a", TieFigures::firstTimeResolutionRate);
    }

    TrendChart reopens() {
        return share(BundleMessageResolver.format("insight.reopenRate"), "#b3261e", TieFigures::reopenRate);
    }

    private TrendChart share(String label, String colour, Function<TieFigures, OptionalDouble> share) {
        List<Double> values = new ArrayList<>(months.size());
        for (MonthFigures month : months) {
            OptionalDouble value = share.apply(month.figures());
            values.add(value.isPresent() ? Math.round(value.getAsDouble() * 1000) / 10.0 : null);
        }
        series.add(new Series(label, colour, true, values));
        return this;
    }

    private TrendChart count(String label, String colour, ToLongFunction<TieFigures> count) {
        List<Double> values = new ArrayList<>(months.size());
        for (MonthFigures month : months) {
            values.add((double) count.applyAsLong(month.figures()));
        }
        series.add(new Series(label, colour, false, values));
        return this;
    }

    /** Whether no month of the trend has a request: nothing to draw. */
    public boolean isWithoutRequests() {
        return months.stream().allMatch(month -> month.figures().requests() == 0);
    }

    /** The headings of the table: the month, then each series. */
    public List<String> getHeadings() {
        List<String> headings = new ArrayList<>();
        headings.add(BundleMessageResolver.format("insight.month"));
        series.forEach(one -> headings.add(one.label() + (one.share() ? " (%)" : "")));
        return headings;
    }

    /** The table's rows: a month and its figures, "—" where a share has no data. */
    public List<List<String>> getRows() {
        List<List<String>> rows = new ArrayList<>(months.size());
        NumberFormat number = NumberFormat.getNumberInstance(BundleMessageResolver.locale());
        number.setMaximumFractionDigits(1);
        for (int i = 0; i < months.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(InsightFormat.month(months.get(i).month(), BundleMessageResolver.locale()));
            for (Series one : series) {
                Double value = one.values().get(i);
                row.add(value == null ? NONE : number.format(one.share() ? value : value.longValue()));
            }
            rows.add(row);
        }
        return rows;
    }

    /** What the chart shows, for its accessible name: its series, by month, and where its figures are. */
    public String getDescription() {
        return BundleMessageResolver.format("insight.chartDescription",
                String.join(", ", series.stream().map(Series::label).toList()));
    }

    public String getJson() {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        months.forEach(month -> labels.add(InsightFormat.month(month.month(), BundleMessageResolver.locale())));
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        series.forEach(one -> datasets.add(dataset(one)));
        JsonObjectBuilder scales = JSON.createObjectBuilder()
                .add("x", JSON.createObjectBuilder().add("title", title(BundleMessageResolver.format("insight.month"))))
                .add("percent", JSON.createObjectBuilder().add("type", "linear").add("position", "left").add("min", 0).add("max", 100)
                        .add("title", title(BundleMessageResolver.format("insight.shareAxis"))))
                .add("count", JSON.createObjectBuilder().add("type", "linear").add("position", "right").add("beginAtZero", true)
                        .add("title", title(BundleMessageResolver.format("insight.requests")))
                        .add("grid", JSON.createObjectBuilder().add("drawOnChartArea", false))
                        .add("ticks", JSON.createObjectBuilder().add("precision", 0)));
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false).add("scales", scales)
                        .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    private static JsonObjectBuilder title(String text) {
        return JSON.createObjectBuilder().add("display", true).add("text", text);
    }

    /** A line of a share (a month without data leaves a gap), or bars of a count behind the lines. */
    private static JsonObjectBuilder dataset(Series one) {
        JsonArrayBuilder values = JSON.createArrayBuilder();
        for (Double value : one.values()) {
            if (value == null) {
                values.addNull();
            } else if (one.share()) {
                values.add(value);
            } else {
                values.add(value.longValue());
            }
        }
        JsonObjectBuilder dataset = JSON.createObjectBuilder().add("label", one.label()).add("data", values)
                .add("borderColor", one.colour()).add("backgroundColor", one.colour());
        return one.share()
                ? dataset.add("type", "line").add("yAxisID", "percent").add("tension", 0).add("spanGaps", true).add("fill", false)
                : dataset.add("type", "bar").add("yAxisID", "count").add("order", 2);
    }
}
