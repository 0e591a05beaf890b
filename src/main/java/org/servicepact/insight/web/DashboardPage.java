package org.servicepact.insight.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.feedback.application.LetterDirectory;
import org.servicepact.feedback.application.LetterRow;
import org.servicepact.insight.application.CultureReports;
import org.servicepact.insight.application.DepartmentDashboard;
import org.servicepact.insight.application.InsightAccess;
import org.servicepact.organisation.application.Option;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.platform.web.PagedListModel;
import org.servicepact.platform.web.Pages;
import org.servicepact.security.CurrentUser;

import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A department's dashboard both ways, for its head (and HR): as provider and as consumer, its ties, what it
 * owes others now, letters about it, and the agreements due for review.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CultureReports reports;

    @Inject
    InsightAccess access;

    @Inject
    LetterDirectory letterDirectory;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private Long department;
    /** Whether the person heads the department shown, found when it is loaded: the page asks many times. */
    private boolean head;
    private final PeriodChoice period = new PeriodChoice();
    private List<Option> departments;
    private transient DepartmentDashboard dashboard;
    private transient TrendChart trend;
    private PagedListModel<LetterRow> letters;

    public void load() {
        departments = access.departmentsFor(currentUser.getUsername());
        if (department == null && !departments.isEmpty()) {
            department = departments.get(0).id();
        }
        if (department == null) {
            Pages.forbidden();
            return;
        }
        try {
            trend = null;
            dashboard = reports.dashboard(currentUser.getUsername(), department, period.period(YearMonth.now(clock)));
            head = access.heads(currentUser.getUsername(), department);
            period.settle(dashboard.period());
        } catch (RuleViolation notYours) {
            Pages.forbidden();
        }
    }

    public String show() {
        return "/insight/dashboard?faces-redirect=true&includeViewParams=true";
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

    /** The commitments of one side with their clocks met and breached, for the compliance tables. */
    public List<Map.Entry<Measure, long[]>> compliance(String side) {
        Map<Measure, long[]> byMeasure = "PROVIDER".equals(side) ? dashboard.providerByMeasure() : dashboard.consumerByMeasure();
        return List.copyOf(byMeasure.entrySet());
    }

    /** Letters about the departments I head, paged in the database. */
    public PagedListModel<LetterRow> getLetters() {
        if (letters == null) {
            letters = new PagedListModel<>(LetterDirectory.source(letterDirectory, LetterDirectory.Scope.ABOUT_MY_DEPARTMENT,
                    currentUser.getUsername()), LetterRow::id);
        }
        return letters;
    }

    public List<String> getMonths() {
        return period.months(YearMonth.now(clock));
    }

    public DepartmentDashboard getDashboard() {
        return dashboard;
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
