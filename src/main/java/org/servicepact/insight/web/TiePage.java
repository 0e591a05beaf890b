package org.servicepact.insight.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.insight.application.CultureReports;
import org.servicepact.insight.application.TieReport;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.platform.web.Pages;
import org.servicepact.platform.web.ReportColumn;
import org.servicepact.platform.web.ReportTable;
import org.servicepact.platform.web.ReportTables;
import org.servicepact.security.CurrentUser;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.servicepact.platform.web.BundleMessageResolver.format;

/**
 * The tie between two parties, both directions side by side (a plain {@link ReportTable}, exported by address) with
 * their monthly trends.
 */
@Named
@RequestScoped
public class TiePage {

    @Inject
    CultureReports reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    InsightFormat figures;

    private Long a;
    private Long b;
    private final PeriodChoice period = new PeriodChoice();
    private TieReport tie;
    private Map<String, TrendChart> trends;
    private ReportTable<TieComparison> directions;

    public void load() {
        if (a == null || b == null) {
            Pages.notFound();
            return;
        }
        try {
            tie = reports.tie(currentUser.getUsername(), a, b, period.period(YearMonth.now(clock)));
            period.settle(tie.period(), figures);
            tables().answerExportIfAsked();
        } catch (RuleViolation refused) {
            Pages.refused(refused);
        }
    }

    /** Monthly volume and the provider's compliance, for one direction ("AB": A serves B; "BA": B serves A). */
    public TrendChart trend(String direction) {
        if (trends == null) {
            trends = new HashMap<>();
        }
        return trends.computeIfAbsent(direction, key -> new TrendChart("AB".equals(key) ? tie.aServesBByMonth() : tie.bServesAByMonth())
                .requests().providerCompliance().consumerCompliance().firstTimeResolution());
    }

    public List<YearMonth> getMonths() {
        return period.months(YearMonth.now(clock));
    }

    /** The side-by-side figures of both directions, a row a figure. */
    private ReportTables tables() {
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("a", a);
        kept.put("b", b);
        kept.put("from", period.getFrom());
        kept.put("to", period.getTo());
        ReportTables tables = ReportTables.ofThisRequest("/insight/tie.xhtml", kept);
        String serves = " " + format("insight.serves") + " ";
        directions = ReportTable.of(tables, "directions", List.of(
                        ReportColumn.text(format("insight.figure"), line -> format(line.labelKey())),
                        ReportColumn.figures(tie.aName() + serves + tie.bName(), TieComparison::aServesB),
                        ReportColumn.figures(tie.bName() + serves + tie.aName(), TieComparison::bServesA)),
                        TieComparison.of(tie, figures))
                .exportedAs("tie-both-directions");
        return tables;
    }

    public ReportTable<TieComparison> getDirections() {
        return directions;
    }

    public TieReport getTie() {
        return tie;
    }

    public PeriodChoice getPeriod() {
        return period;
    }

    public Long getA() {
        return a;
    }

    public void setA(Long a) {
        this.a = a;
    }

    public Long getB() {
        return b;
    }

    public void setB(Long b) {
        this.b = b;
    }
}
