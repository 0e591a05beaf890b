package org.servicepact.insight.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.servicepact.feedback.domain.Principle;
import org.servicepact.insight.domain.HealthScore;
import org.servicepact.insight.domain.RatingSums;
import org.servicepact.platform.i18n.Texts;
import org.servicepact.platform.web.BundleMessageResolver;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/** How the reports write their figures: shares as percentages, business time in hours, ratings to one decimal. */
@Named("figures")
@ApplicationScoped
public class InsightFormat {

    private static final String NONE = "—";

    /** A month as people read it, "Jul 2026" ("Juli 2026"), in the page's language; addresses keep yyyy-MM. */
    public String month(YearMonth month) {
        return month(month, BundleMessageResolver.locale());
    }

    static String month(YearMonth month, Locale language) {
        return Texts.dates(language, "format.month").format(month);
    }

    public String percent(OptionalDouble share) {
        return share.isPresent() ? Math.round(share.getAsDouble() * 100) + " %" : NONE;
    }

    /** Part of a whole as a percentage, "—" when the whole is zero. */
    public String percentOf(long part, long whole) {
        return whole == 0 ? NONE : Math.round(100.0 * part / whole) + " %";
    }

    public String hours(long seconds) {
        return String.format(BundleMessageResolver.locale(), "%.1f h", seconds / 3600.0);
    }

    /** A group's average rating, or why it is not shown. */
    public String rating(RatingSums sums) {
        return show(sums, sums.average());
    }

    public String rating(RatingSums sums, Principle principle) {
        return show(sums, sums.average(principle));
    }

    /** The score, or "—" for a tie without requests ({@code null} stands for no tie at all). */
    public String health(Optional<HealthScore> score) {
        return score == null ? NONE : score.map(s -> String.valueOf(s.value())).orElse(NONE);
    }

    /** The CSS class of a health score's colour. */
    public String band(Optional<HealthScore> score) {
        return "portal-health-" + (score == null ? "NONE" : score.map(s -> s.band().name()).orElse("NONE"));
    }

    /** The average, or "—" alike for no ratings and for too few people: a small group's size is not shown either. */
    private static String show(RatingSums sums, OptionalDouble average) {
        return sums.isShown() && average.isPresent() ? String.format(BundleMessageResolver.locale(), "%.1f", average.getAsDouble()) : NONE;
    }

    /** The promise at the top of the culture review: no one's rating can be singled out. */
    public String getAnonymity() {
        return BundleMessageResolver.format("insight.anonymity", RatingSums.MIN_RATERS);
    }

    /** The note beside every table of ratings: why a rating may show "—". */
    public String getRatingThreshold() {
        return BundleMessageResolver.format("insight.ratingThreshold", RatingSums.MIN_RATERS);
    }
}
