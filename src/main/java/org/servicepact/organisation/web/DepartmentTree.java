package org.servicepact.organisation.web;

import org.primefaces.model.DefaultOrganigramNode;
import org.primefaces.model.OrganigramNode;
import org.servicepact.organisation.application.OrganisationOverview.ChartDepartment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The active departments as the chart draws them: whole, or centred on one department with those directly under it.
 * A department whose parent is not active stands at the top.
 */
final class DepartmentTree {

    private final Map<Long, ChartDepartment> byId = new HashMap<>();
    private final Map<Long, List<ChartDepartment>> under = new HashMap<>();
    private final List<ChartDepartment> tops = new ArrayList<>();

    /** From the departments in the order their siblings are drawn. */
    DepartmentTree(List<ChartDepartment> departments) {
        departments.forEach(department -> byId.put(department.id(), department));
        for (ChartDepartment department : departments) {
            Long parent = parentOf(department);
            if (parent == null) {
                tops.add(department);
            } else {
                under.computeIfAbsent(parent, id -> new ArrayList<>()).add(department);
            }
        }
    }

    /** The active department with this id, or null. */
    ChartDepartment department(long id) {
        return byId.get(id);
    }

    /** The department's parent if it is active; null for a department at the top. */
    Long parentOf(ChartDepartment department) {
        return department.parentId() != null && byId.containsKey(department.parentId()) ? department.parentId() : null;
    }

    /** The one department at the top, or null when several are. */
    ChartDepartment soleTop() {
        return tops.size() == 1 ? tops.get(0) : null;
    }

    /** Every department under its parent; several top-level departments hang under one node for the organisation. */
    OrganigramNode whole() {
        if (soleTop() != null) {
            return wholeBelow(box(soleTop()));
        }
        OrganigramNode root = organisation();
        tops.forEach(top -> root.getChildren().add(wholeBelow(box(top))));
        return root;
    }

    private OrganigramNode wholeBelow(OrganigramNode node) {
        ChartDepartment department = ((DepartmentBox) node.getData()).department();
        under.getOrDefault(department.id(), List.of()).forEach(child -> node.getChildren().add(wholeBelow(box(child))));
        return node;
    }

    /**
     * The centre (null: the top of the organisation) and the departments directly under it, at most {@code shownAtOnce}
     * of them and a last box for those not drawn.
     */
    OrganigramNode centredOn(ChartDepartment centre, int shownAtOnce) {
        OrganigramNode root = centre == null ? organisation() : box(centre);
        List<ChartDepartment> below = centre == null ? tops : under.getOrDefault(centre.id(), List.of());
        below.stream().limit(shownAtOnce).forEach(child -> root.getChildren().add(box(child)));
        if (below.size() > shownAtOnce) {
            root.getChildren().add(new DefaultOrganigramNode("more", below.size() - shownAtOnce, null));
        }
        return root;
    }

    private OrganigramNode box(ChartDepartment department) {
        OrganigramNode node = new DefaultOrganigramNode("department",
                new DepartmentBox(department, under.getOrDefault(department.id(), List.of()).size()), null);
        node.setExpanded(true);
        return node;
    }

    private static OrganigramNode organisation() {
        OrganigramNode root = new DefaultOrganigramNode("root", null, null);
        root.setExpanded(true);
        return root;
    }
}
