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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisation chart: departments under their parents with their heads, and for one department,
 * who reports to whom.
 */
@Named
@ViewScoped
public class OrganisationChart implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationOverview overview;

    private OrganigramNode departments;
    private Long departmentId;
    private TreeNode<ChartPerson> reportingLines;
    private List<Option> departmentOptions;

    public OrganigramNode getDepartments() {
        if (departments == null) {
            departments = departmentTree(overview.chartDepartments());
        }
        return departments;
    }

    public List<Option> getDepartmentOptions() {
        if (departmentOptions == null) {
            departmentOptions = overview.chartDepartments().stream()
                    .map(d -> new Option(d.id(), d.name() + " (" + d.code() + ")")).toList();
        }
        return departmentOptions;
    }

    public TreeNode<ChartPerson> getReportingLines() {
        if (reportingLines == null) {
            reportingLines = reportingTree(departmentId == null ? List.of() : overview.chartPeople(departmentId));
        }
        return reportingLines;
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

    private static TreeNode<ChartPerson> reportingTree(List<ChartPerson> people) {
        TreeNode<ChartPerson> root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<ChartPerson>> nodes = new HashMap<>();
        for (ChartPerson person : people) {
            TreeNode<ChartPerson> node = new DefaultTreeNode<>(person);
            node.setExpanded(true);
            nodes.put(person.id(), node);
        }
        for (ChartPerson person : people) {
            TreeNode<ChartPerson> parent = person.supervisorId() == null ? null : nodes.get(person.supervisorId());
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
