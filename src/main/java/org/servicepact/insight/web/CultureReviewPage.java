package org.servicepact.insight.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.insight.application.CultureReports;
import org.servicepact.insight.application.CultureReview;
import org.servicepact.insight.application.InsightAccess;
import org.servicepact.insight.application.TieRow;
import org.servicepact.insight.domain.HealthScore;
import org.servicepact.insight.domain.TieFigures;
import org.servicepact.organisation.application.Option;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.platform.web.Pages;
import org.servicepact.security.CurrentUser;

import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HR's culture review: the matrix of ties (a cell is the health of both directions), the organisation's
 * trend, the principles by department, hot spots and how complete and timely each department's requests are.
 */
@Named
@ViewScoped
public class CultureReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CultureReports reports;

    @Inject
    InsightAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    InsightFormat format;

    private Long department;
    private final PeriodChoice period = new PeriodChoice();
    private List<Option> departments;
    private transient CultureReview review;
    private transient Map<String, TieFigures> cells;
    private transient List<MatrixRow> matrix;
    private transient TrendChart trend;

    public void load() {
        try {
            trend = null;
            review = reports.review(currentUser.getUsername(), period.period(YearMonth.now(clock)), department);
            period.settle(review.period());
            departments = access.departmentsFor(currentUser.getUsername());
            cells = new HashMap<>();
            review.ties().forEach(tie -> cells.merge(cellKey(tie.providerId(), tie.consumerId()), tie.figures(), TieFigures::plus));
            matrix = null;
        } catch (RuleViolation hrOnly) {
            Pages.forbidden();
        }
    }

    public String show() {
        return "/insight/culture?faces-redirect=true&includeViewParams=true";
    }

    /** Both directions of the tie between two departments, or {@code null} where they have no requests. */
    private TieFigures cell(long one, long other) {
        return one == other ? null : cells.get(cellKey(one, other));
    }

    /** A row of the matrix: a department and its cell with every department of the matrix, in the columns' order. */
    public record MatrixRow(String name, List<MatrixCell> cells) {
    }

    /**
     * A cell as the page writes it: the health score and its colour, worked out once (a matrix has up to 900 cells,
     * and a page calling methods with arguments for each pays a reflective look-up every time).
     */
    public record MatrixCell(long rowId, long columnId, String columnName, boolean tie, long requests, String health, String band) {
    }

    /** The matrix of ties, its rows and columns the review's departments. */
    public List<MatrixRow> getMatrix() {
        if (matrix == null) {
            matrix = review.matrix().stream().map(row -> new MatrixRow(row.name(), review.matrix().stream()
                    .map(column -> matrixCell(row, column)).toList())).toList();
        }
        return matrix;
    }

    private MatrixCell matrixCell(CultureReview.Party row, CultureReview.Party column) {
        TieFigures tie = cell(row.id(), column.id());
        Optional<HealthScore> health = tie == null ? null : tie.health();
        return new MatrixCell(row.id(), column.id(), column.name(), tie != null, tie == null ? 0 : tie.requests(),
                format.health(health), format.band(health));
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

    public List<TieRow> getTies() {
        return review.ties();
    }

    public List<String> getMonths() {
        return period.months(YearMonth.now(clock));
    }

    public CultureReview getReview() {
        return review;
    }

    public List<Option> getDepartments() {
        return departments;
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
