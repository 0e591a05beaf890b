package org.servicepact.insight.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.insight.application.CultureReports;
import org.servicepact.agreement.domain.Side;
import org.servicepact.feedback.domain.Principle;
import org.servicepact.insight.application.CultureReview;
import org.servicepact.insight.application.CultureReview.Discipline;
import org.servicepact.insight.application.CultureReview.HotSpot;
import org.servicepact.insight.application.CultureReview.Principles;
import org.servicepact.insight.application.TieRow;
import org.servicepact.insight.domain.HealthScore;
import org.servicepact.insight.domain.TieFigures;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.platform.web.Pages;
import org.servicepact.platform.web.ReportColumn;
import org.servicepact.platform.web.ReportTable;
import org.servicepact.platform.web.ReportTables;
import org.servicepact.security.CurrentUser;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.servicepact.platform.web.BundleMessageResolver.format;

/**
 * HR's culture review: the matrix of ties (a cell is the health of both directions), the organisation's
 * trend, the principles by department, hot spots and how complete and timely each department's requests are. Its tables
 * are plain ({@link ReportTable}): paged, sorted and exported by address.
 */
@Named
@RequestScoped
public class CultureReviewPage {

    /** Rows on a page of the tables by department, and of the ties. */
    private static final int ROWS = 15;
    private static final int TIES = 20;

    @Inject
    CultureReports reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    DepartmentPicker picker;

    @Inject
    Clock clock;

    @Inject
    InsightFormat figures;

    private Long department;
    private final PeriodChoice period = new PeriodChoice();
    private CultureReview review;
    private Map<String, TieFigures> cells;
    private List<MatrixRow> matrix;
    private TrendChart trend;
    private ReportTable<Principles> principles;
    private ReportTable<HotSpot> hotSpots;
    private ReportTable<Discipline> discipline;
    private ReportTable<TieRow> ties;

    public void load() {
        try {
            review = reports.review(currentUser.getUsername(), period.period(YearMonth.now(clock)), department);
            period.settle(review.period(), figures);
            picker.show(department);
            cells = new HashMap<>();
            review.ties().forEach(tie -> cells.merge(cellKey(tie.providerId(), tie.consumerId()), tie.figures(), TieFigures::plus));
            tables().answerExportIfAsked();
        } catch (RuleViolation refused) {
            Pages.refused(refused);
        }
    }

    /** Both directions of the tie between two departments, or {@code null} where they have no requests. */
    private TieFigures cell(long one, long other) {
        return one == other ? null : cells.get(cellKey(one, other));
    }

    /** A row of the matrix: a department and its cell with every department of the matrix, in the columns' order. */
    public record MatrixRow(String name, List<MatrixCell> cells) {
    }

    /**
     * A cell as the page writes it: the health score and its colour, and for a tie the address of its page for the same
     * months and the title naming it ("Facilities ⇄ Sales: 12 requests"); {@code null} address where there is no tie.
     */
    public record MatrixCell(String health, String band, String address, String title) {
    }

    /** The matrix of ties, its rows and columns the review's departments. */
    public List<MatrixRow> getMatrix() {
        if (matrix == null) {
            String requests = format("insight.requests");
            matrix = review.matrix().stream().map(row -> new MatrixRow(row.name(), review.matrix().stream()
                    .map(column -> matrixCell(row, column, requests)).toList())).toList();
        }
        return matrix;
    }

    private MatrixCell matrixCell(CultureReview.Party row, CultureReview.Party column, String requests) {
        TieFigures tie = cell(row.id(), column.id());
        Optional<HealthScore> health = tie == null ? null : tie.health();
        String address = tie == null ? null : "/insight/tie.xhtml?a=" + row.id() + "&b=" + column.id()
                + "&from=" + period.getFrom() + "&to=" + period.getTo();
        String title = tie == null ? null : row.name() + " ⇄ " + column.name() + ": " + tie.requests() + " " + requests;
        return new MatrixCell(figures.health(health), figures.band(health), address, title);
    }

    private static String cellKey(long one, long other) {
        return Math.min(one, other) + "-" + Math.max(one, other);
    }

    /** The organisation's months, drawn and as a table. */
    public TrendChart getTrend() {
        if (trend == null) {
            trend = new TrendChart(review.months()).requests().providerCompliance().consumerCompliance().firstTimeResolution();
        }
        return trend;
    }

    /** The address of the review's PDF with the same choices. */
    public String getPdfAddress() {
        return "/insight/culture.pdf?from=" + period.getFrom() + "&to=" + period.getTo()
                + (department == null ? "" : "&department=" + department);
    }

    /** The review's tables, each paged, sorted and exported by the page's address. */
    private ReportTables tables() {
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("department", department);
        kept.put("from", period.getFrom());
        kept.put("to", period.getTo());
        ReportTables tables = ReportTables.ofThisRequest("/insight/culture.xhtml", kept);
        String none = format("insight.noRequests");
        principles = ReportTable.of(tables, "principles", principleColumns(), review.principles())
                .perPage(ROWS).exportedAs("principles-by-department").whenEmpty(none);
        hotSpots = ReportTable.of(tables, "hotSpots", List.of(
                        ReportColumn.text(format("insight.department"), HotSpot::departmentName),
                        ReportColumn.figures(format("insight.escalations"), h -> String.valueOf(h.escalations())),
                        ReportColumn.figures(format("insight.complaints"), h -> String.valueOf(h.complaints())),
                        ReportColumn.figures(format("insight.compliments"), h -> String.valueOf(h.compliments()))), review.hotSpots())
                .perPage(ROWS).exportedAs("hot-spots").whenEmpty(none);
        discipline = ReportTable.of(tables, "discipline", List.of(
                        ReportColumn.text(format("insight.department"), Discipline::departmentName),
                        ReportColumn.figures(format("insight.requestsMade"), d -> String.valueOf(d.requests())),
                        ReportColumn.figures(format("insight.incomplete"), d -> figures.percentOf(d.incomplete(), d.requests())),
                        ReportColumn.figures(format("insight.lateClarifications"),
                                d -> figures.percentOf(d.lateClarifications(), d.clarifications())),
                        ReportColumn.figures(format("insight.shortNotice"), d -> String.valueOf(d.shortNotice()))), review.discipline())
                .perPage(ROWS).exportedAs("requests-incomplete-or-late").whenEmpty(none);
        ties = ReportTable.of(tables, "ties", TieColumns.of(figures, period), review.ties())
                .perPage(TIES).exportedAs("ties").whenEmpty(none);
        return tables;
    }

    /** A department, how it is rated as provider on each principle a provider is rated on, and as requester. */
    private List<ReportColumn<Principles>> principleColumns() {
        List<ReportColumn<Principles>> columns = new ArrayList<>();
        columns.add(ReportColumn.text(format("insight.department"), Principles::departmentName));
        for (Principle principle : Principle.ratedFor(Side.PROVIDER)) {
            columns.add(ReportColumn.figures(format("rating.principle." + principle), p -> figures.rating(p.asProvider(), principle)));
        }
        columns.add(ReportColumn.figures(format("insight.asRequester"), p -> figures.rating(p.asConsumer())));
        return columns;
    }

    public ReportTable<Principles> getPrinciples() {
        return principles;
    }

    public ReportTable<HotSpot> getHotSpots() {
        return hotSpots;
    }

    public ReportTable<Discipline> getDiscipline() {
        return discipline;
    }

    public ReportTable<TieRow> getTies() {
        return ties;
    }

    public List<YearMonth> getMonths() {
        return period.months(YearMonth.now(clock));
    }

    public CultureReview getReview() {
        return review;
    }

    public PeriodChoice getPeriod() {
        return period;
    }

    public Long getDepartment() {
        return department;
    }

    public void setDepartment(Long department) {
        this.department = department;
    }
}
