package org.servicepact.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultOrganigramNode;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.OrganigramNode;
import org.primefaces.model.TreeNode;
import org.servicepact.organisation.application.OrganisationOverview;
import org.servicepact.organisation.application.OrganisationOverview.ChartDepartment;
import org.servicepact.organisation.application.OrganisationOverview.ChartPerson;
import org.servicepact.organisation.application.Option;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation chart: departments under their parents with their heads, and for one department,
 * who reports to whom. A department of up to {@value #SHOWN_WHOLE} people is shown whole, every line open, from one
 * query; a larger one shows the people at the top of its lines, and a person's direct reports are read when their
 * line is opened, at most {@value #SHOWN_AT_ONCE} at each level, so no department makes the page unbounded.
 */
@Named
@ViewScoped
public class OrganisationChart implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN_WHOLE = 200;
    static final int SHOWN_AT_ONCE = 100;

    @Inject
    OrganisationOverview overview;

    private OrganigramNode departments;
    private Long departmentId;
    private TreeNode<ReportingRow> reportingLines;
    private List<Option> departmentOptions;

    public OrganigramNode getDepartments() {
        if (departments == null) {
            readDepartments();
        }
        return departments;
    }

    public List<Option> getDepartmentOptions() {
        if (departmentOptions == null) {
            readDepartments();
        }
        return departmentOptions;
    }

    /** The chart and the menu of departments, from one query. */
    private void readDepartments() {
        List<ChartDepartment> all = overview.chartDepartments();
        departments = departmentTree(all);
        departmentOptions = all.stream().map(d -> new Option(d.id(), d.name() + " (" + d.code() + ")")).toList();
    }

    public TreeNode<ReportingRow> getReportingLines() {
        if (reportingLines == null) {
            reportingLines = departmentId == null ? new DefaultTreeNode<>(null, null) : reportingTree(departmentId);
        }
        return reportingLines;
    }

    public int getShownAtOnce() {
        return SHOWN_AT_ONCE;
    }

    public void showDepartment() {
        reportingLines = null;
    }

    /** Departments under their parents; several top-level departments hang under one node for the organisation. */
    private static OrganigramNode departmentTree(List<ChartDepartment> all) {
        Map<Long, OrganigramNode> nodes = new HashMap<>();
        for (ChartDepartment department : all) {
            OrganigramNode node = new DefaultOrganigramNode("department", department, null);
            node.setExpanded(true);
            nodes.put(department.id(), node);
        }
        List<OrganigramNode> tops = all.stream().filter(d -> d.parentId() == null || !nodes.containsKey(d.parentId()))
                .map(d -> nodes.get(d.id())).toList();
        for (ChartDepartment department : all) {
            OrganigramNode parent = department.parentId() == null ? null : nodes.get(department.parentId());
            if (parent != null) {
                parent.getChildren().add(nodes.get(department.id()));
            }
        }
        if (tops.size() == 1) {
            return tops.get(0);
        }
        OrganigramNode root = new DefaultOrganigramNode("root", null, null);
        root.setExpanded(true);
        tops.forEach(top -> root.getChildren().add(top));
        return root;
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

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }
}
