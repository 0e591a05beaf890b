package org.servicepact.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.OrganigramNode;
import org.primefaces.model.TreeNode;
import org.servicepact.organisation.application.Departments;
import org.servicepact.organisation.application.OrganisationOverview;
import org.servicepact.organisation.application.OrganisationOverview.ChartDepartment;
import org.servicepact.organisation.application.OrganisationOverview.ChartPerson;
import org.servicepact.organisation.application.Option;
import org.servicepact.platform.web.Pages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation chart: departments under their parents with their heads, and for one department, who reports to
 * whom. An organisation of up to {@value #DEPARTMENTS_WHOLE} departments is drawn whole; a larger one is drawn from
 * one department (the top at first) with those directly under it, going down and up by links. A department of up to
 * {@value #SHOWN_WHOLE} people is shown whole, every line open, from one query; a larger one shows the people at the
 * top of its lines, and a person's direct reports are read when their line is opened, at most {@value #SHOWN_AT_ONCE}
 * at each level, so no department makes the page unbounded.
 */
@Named
@ViewScoped
public class OrganisationChart implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN_WHOLE = 200;
    static final int SHOWN_AT_ONCE = 100;
    /** Up to this many departments the chart draws them all; beyond, one department and those directly under it. */
    static final int DEPARTMENTS_WHOLE = 150;

    @Inject
    OrganisationOverview overview;

    @Inject
    Departments directory;

    private Long unit;
    private OrganigramNode departments;
    private int departmentCount;
    private boolean centred;
    private ChartDepartment centre;
    private boolean upShown;
    private Long upUnit;
    /** The department whose reporting lines are shown. */
    private Option department;
    private TreeNode<ReportingRow> reportingLines;

    public OrganigramNode getDepartments() {
        if (departments == null) {
            readDepartments();
        }
        return departments;
    }

    /** The departments whose name or code contains the text, to show the reporting lines of. */
    public List<Option> completeDepartment(String text) {
        return directory.find(text, 15);
    }

    /** The chart's departments, from one query. */
    private void readDepartments() {
        List<ChartDepartment> all = overview.chartDepartments();
        DepartmentTree tree = new DepartmentTree(all);
        departmentCount = all.size();
        centred = departmentCount > DEPARTMENTS_WHOLE;
        if (centred) {
            centre = unit == null ? tree.soleTop() : tree.department(unit);
            departments = tree.centredOn(centre, SHOWN_AT_ONCE);
            upShown = centre != null && centre != tree.soleTop();
            upUnit = centre == null ? null : tree.parentOf(centre);
        } else {
            departments = tree.whole();
        }
    }

    /** A chart centred on a department that is not there (or no longer active) is not found. */
    public void load() {
        getDepartments();
        if (centred && unit != null && centre == null) {
            Pages.notFound();
        }
    }

    /** Whether the chart shows one department and those directly under it, the organisation being too large to draw whole. */
    public boolean isCentred() {
        getDepartments();
        return centred;
    }

    /** The department the chart is centred on; null for the top of the organisation. */
    public ChartDepartment getCentre() {
        getDepartments();
        return centre;
    }

    /** Whether there is a level above the centre to go up to. */
    public boolean isUpShown() {
        getDepartments();
        return upShown;
    }

    /** Where "up" leads from the centre: its parent's id, or null for the top of the organisation. */
    public Long getUpUnit() {
        getDepartments();
        return upUnit;
    }

    public int getDepartmentCount() {
        getDepartments();
        return departmentCount;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public TreeNode<ReportingRow> getReportingLines() {
        if (reportingLines == null) {
            reportingLines = department == null ? new DefaultTreeNode<>(null, null) : reportingTree(department.id());
        }
        return reportingLines;
    }

    public int getShownAtOnce() {
        return SHOWN_AT_ONCE;
    }

    public void showDepartment() {
        reportingLines = null;
    }

    private TreeNode<ReportingRow> reportingTree(long department) {
        if (overview.chartHeadcount(department) <= SHOWN_WHOLE) {
            return wholeTree(overview.chartPeople(department));
        }
        List<ChartPerson> top = overview.chartTopOfLines(department, SHOWN_AT_ONCE);
        long atTheTop = top.size() < SHOWN_AT_ONCE ? top.size() : overview.chartTopOfLinesCount(department);
        TreeNode<ReportingRow> root = new DefaultTreeNode<>(null, null);
        ReportingLineNode.addLevel(root, level(top, atTheTop), supervisor -> directReports(department, supervisor));
        if (root.getChildCount() == 1) {
            root.getChildren().get(0).setExpanded(true);
        }
        return root;
    }

    private List<ReportingRow> directReports(long department, ReportingRow supervisor) {
        return level(overview.chartDirectReports(department, supervisor.person().id(), SHOWN_AT_ONCE), supervisor.person().reports());
    }

    /** One level's rows: the people read, and a last row for those of its {@code total} that were not. */
    private static List<ReportingRow> level(List<ChartPerson> people, long total) {
        List<ReportingRow> rows = new ArrayList<>();
        people.forEach(person -> rows.add(ReportingRow.of(person)));
        if (total > people.size()) {
            rows.add(ReportingRow.notShown(total - people.size()));
        }
        return rows;
    }

    private static TreeNode<ReportingRow> wholeTree(List<ChartPerson> people) {
        TreeNode<ReportingRow> root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<ReportingRow>> nodes = new HashMap<>();
        for (ChartPerson person : people) {
            TreeNode<ReportingRow> node = new DefaultTreeNode<>(ReportingRow.of(person));
            node.setExpanded(true);
            nodes.put(person.id(), node);
        }
        for (ChartPerson person : people) {
            TreeNode<ReportingRow> parent = person.supervisorId() == null ? null : nodes.get(person.supervisorId());
            (parent == null ? root : parent).getChildren().add(nodes.get(person.id()));
        }
        return root;
    }

    public Option getDepartment() {
        return department;
    }

    public void setDepartment(Option department) {
        this.department = department;
    }
}
