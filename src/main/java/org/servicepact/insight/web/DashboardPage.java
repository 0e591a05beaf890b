package org.servicepact.insight.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.feedback.application.LetterDirectory;
import org.servicepact.feedback.application.LetterRow;
import org.servicepact.insight.application.CultureReports;
import org.servicepact.insight.application.AgreementDue;
import org.servicepact.insight.application.DepartmentDashboard;
import org.servicepact.insight.application.InsightAccess;
import org.servicepact.insight.application.OwedNow;
import org.servicepact.insight.application.TieRow;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.platform.web.Pages;
import org.servicepact.platform.web.ReportCell;
import org.servicepact.platform.web.ReportColumn;
import org.servicepact.platform.web.ReportTable;
import org.servicepact.platform.web.ReportTables;
import org.servicepact.security.CurrentUser;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.servicepact.platform.web.BundleMessageResolver.format;

/**
 * A department's dashboard both ways, for its head (and HR): as provider and as consumer, its ties, what it
 * owes others now, letters about it, and the agreements due for review. Its tables are plain ({@link ReportTable}):
 * paged, sorted and exported by address.
 */
@Named
@RequestScoped
public class DashboardPage {

    /** Rows on a page of the ties, and of the letters. */
    private static final int TIES = 20;
    private static final int LETTERS = 8;

    @Inject
    CultureReports reports;

    @Inject
    InsightAccess access;

    @Inject
    LetterDirectory letterDirectory;

    @Inject
    CurrentUser currentUser;

    @Inject
    DepartmentPicker picker;

    @Inject
    Clock clock;

    @Inject
    InsightFormat figures;

    private Long department;
    /** Whether the person heads the department shown, found when it is loaded: the page asks many times. */
    private boolean head;
    private final PeriodChoice period = new PeriodChoice();
    private DepartmentDashboard dashboard;
    private TrendChart trend;
    private ReportTable<Map.Entry<Measure, long[]>> providerCommitments;
    private ReportTable<Map.Entry<Measure, long[]>> consumerCommitments;
    private ReportTable<OwedNow> owedNow;
    private ReportTable<TieRow> ties;
    private ReportTable<LetterRow> letters;
    private ReportTable<AgreementDue> dueAgreements;

    public void load() {
        if (department == null) {
            department = access.firstDepartmentFor(currentUser.getUsername()).orElse(null);
        }
        if (department == null) {
            Pages.forbidden();
            return;
        }
        try {
            dashboard = reports.dashboard(currentUser.getUsername(), department, period.period(YearMonth.now(clock)));
            head = access.heads(currentUser.getUsername(), department);
            picker.show(department);
            period.settle(dashboard.period(), figures);
            tables().answerExportIfAsked();
        } catch (RuleViolation refused) {
            Pages.refused(refused);
        }
    }

    /** Whether the person heads the department shown (HR sees the aggregates only). */
    public boolean isHead() {
        return head;
    }

    /** The department's months as provider, drawn and as a table. */
    public TrendChart getTrend() {
        if (trend == null) {
            trend = new TrendChart(dashboard.monthsAsProvider()).requests().providerCompliance().firstTimeResolution().reopens();
        }
        return trend;
    }

    /** The dashboard's tables, each paged, sorted and exported by the page's address; letters only for the head. */
    private ReportTables tables() {
        Map<String, Object> kept = new LinkedHashMap<>();
        kept.put("department", department);
        kept.put("from", period.getFrom());
        kept.put("to", period.getTo());
        ReportTables tables = ReportTables.ofThisRequest("/insight/dashboard.xhtml", kept);
        providerCommitments = ReportTable.of(tables, "providerCommitments", complianceColumns(), List.copyOf(dashboard.providerByMeasure().entrySet()))
                .exportedAs("compliance-as-provider").whenEmpty(format("insight.noClocks"));
        consumerCommitments = ReportTable.of(tables, "consumerCommitments", complianceColumns(), List.copyOf(dashboard.consumerByMeasure().entrySet()))
                .exportedAs("compliance-as-consumer").whenEmpty(format("insight.noClocks"));
        ties = ReportTable.of(tables, "ties", TieColumns.of(figures, period), dashboard.ties())
                .perPage(TIES).exportedAs("ties").whenEmpty(format("insight.noRequests"));
        dueAgreements = ReportTable.of(tables, "dueAgreements", List.of(
                        ReportColumn.cells(format("agreement.title"), false, a -> new ReportCell(a.title(),
                                "/agreements/agreement.xhtml?id=" + a.agreementId() + "&version=" + a.versionNumber(), null)),
                        ReportColumn.text(format("insight.parties"), a -> a.providerName() + " → " + a.consumerName()),
                        ReportColumn.cells(format("insight.reviewDate"), false, a -> date(a.reviewDate())),
                        ReportColumn.cells(format("insight.ends"), false, a -> date(a.effectiveUntil()))),
                        dashboard.agreementsDue())
                .exportedAs("agreements-due").whenEmpty(format("insight.noAgreementsDue"));
        if (head) {
            addTheHeadsTables(tables);
        }
        return tables;
    }

    /** What the department owes others now, and the letters about it: its head's to see, not HR's. */
    private void addTheHeadsTables(ReportTables tables) {
        owedNow = ReportTable.of(tables, "owedNow", List.of(
                        ReportColumn.cells(format("request.number"), false,
                                o -> new ReportCell(o.getNumber(), "/requests/request.xhtml?id=" + o.requestId(), null)),
                        ReportColumn.text(format("request.title"), OwedNow::title),
                        ReportColumn.text(format("insight.owes"), o -> format("insight.owed." + o.status()) + " · " + o.requesterName())),
                        dashboard.owedNow())
                .exportedAs("owed-now").whenEmpty(format("insight.owedNothing"));
        letters = ReportTable.paged(tables, "lettersAbout", List.of(
                        ReportColumn.cells(format("letter.kind"), false, l -> new ReportCell(format("letter.kind." + l.kind()), null,
                                "portal-letter portal-letter-" + l.kind())),
                        ReportColumn.cells(format("letter.subject"), false, l -> new ReportCell(l.subject(), "/feedback/letter.xhtml?id=" + l.id(), null)),
                        ReportColumn.text(format("letter.status"), l -> format("letter.status." + l.status()))),
                        LetterDirectory.source(letterDirectory, LetterDirectory.Scope.ABOUT_MY_DEPARTMENT, currentUser.getUsername()))
                .perPage(LETTERS).exportedAs("letters-about-my-department").whenEmpty(format("letter.none"));
    }

    /** A day as the tables write it (2026-10-01), kept on one line; nothing for none. */
    private static ReportCell date(LocalDate day) {
        return new ReportCell(day == null ? "" : day.toString(), null, "portal-nowrap");
    }

    /** A side's commitments with their clocks met and breached. */
    private List<ReportColumn<Map.Entry<Measure, long[]>>> complianceColumns() {
        return List.of(
                ReportColumn.text(format("insight.commitment"), c -> format("agreement.measure." + c.getKey())),
                ReportColumn.figures(format("insight.met"), c -> String.valueOf(c.getValue()[0])),
                ReportColumn.figures(format("insight.breached"), c -> String.valueOf(c.getValue()[1])),
                ReportColumn.figures(format("insight.compliance"), c -> figures.percentOf(c.getValue()[0], c.getValue()[0] + c.getValue()[1])));
    }

    public ReportTable<Map.Entry<Measure, long[]>> getProviderCommitments() {
        return providerCommitments;
    }

    public ReportTable<Map.Entry<Measure, long[]>> getConsumerCommitments() {
        return consumerCommitments;
    }

    public ReportTable<OwedNow> getOwedNow() {
        return owedNow;
    }

    public ReportTable<TieRow> getTies() {
        return ties;
    }

    public ReportTable<LetterRow> getLetters() {
        return letters;
    }

    public ReportTable<AgreementDue> getDueAgreements() {
        return dueAgreements;
    }

    public List<YearMonth> getMonths() {
        return period.months(YearMonth.now(clock));
    }

    public DepartmentDashboard getDashboard() {
        return dashboard;
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
