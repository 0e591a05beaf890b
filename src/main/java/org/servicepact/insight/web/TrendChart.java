package org.servicepact.insight.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.servicepact.insight.application.MonthFigures;
import org.servicepact.insight.domain.TieFigures;
import org.servicepact.platform.web.BundleMessageResolver;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A monthly trend as a Chart.js configuration for PrimeFaces' chart: request volumes as bars on the right
 * axis, shares (compliance, first-time resolution) as lines in percent on the left axis.
 */
final class TrendChart {

    private final JsonArrayBuilder labels = Json.createArrayBuilder();
    private final JsonArrayBuilder datasets = Json.createArrayBuilder();
    private final List<MonthFigures> months;

    TrendChart(List<MonthFigures> months) {
        this.months = months;
        months.forEach(month -> labels.add(month.month().toString()));
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

    /** A line of a share per month, in percent; a month without data leaves a gap. */
    private TrendChart share(String label, String colour, Function<TieFigures, OptionalDouble> share) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        months.forEach(month -> {
            OptionalDouble value = share.apply(month.figures());
            if (value.isPresent()) {
                values.add(Math.round(value.getAsDouble() * 1000) / 10.0);
            } else {
                values.addNull();
            }
        });
        datasets.add(dataset(label, colour, values).add("type", "line").add("yAxisID", "percent").add("tension", 0)
                .add("spanGaps", true).add("fill", false));
        return this;
    }

    /** Bars of a count per month. */
    private TrendChart count(String label, String colour, ToLongFunction<TieFigures> count) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        months.forEach(month -> values.add(count.applyAsLong(month.figures())));
        datasets.add(dataset(label, colour, values).add("type", "bar").add("yAxisID", "count").add("order", 2));
        return this;
    }

    String toJson() {
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("percent", Json.createObjectBuilder().add("type", "linear").add("position", "left").add("min", 0).add("max", 100)
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", "%")))
                .add("count", Json.createObjectBuilder().add("type", "linear").add("position", "right").add("beginAtZero", true)
                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))
                        .add("ticks", Json.createObjectBuilder().add("precision", 0)));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false).add("scales", scales)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, String colour, JsonArrayBuilder values) {
        return Json.createObjectBuilder().add("label", label).add("data", values).add("borderColor", colour)
                .add("backgroundColor", colour);
    }
}
