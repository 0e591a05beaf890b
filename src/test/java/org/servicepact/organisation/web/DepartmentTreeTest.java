package org.servicepact.organisation.web;

import org.junit.jupiter.api.Test;
import org.primefaces.model.OrganigramNode;
import org.servicepact.organisation.application.OrganisationOverview.ChartDepartment;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class DepartmentTreeTest {

    /** EXEC over SALES (three teams) and IT; OPS's parent is not active, so it stands at the top too. */
    private static final List<ChartDepartment> DEPARTMENTS = List.of(
            department(1, "EXEC", null), department(2, "IT", 1L), department(3, "SALES", 1L),
            department(4, "TEAM-A", 3L), department(5, "TEAM-B", 3L), department(6, "TEAM-C", 3L),
            department(7, "OPS", 99L));

    @Test
    void theWholeTreeHangsSeveralTopsUnderTheOrganisation() {
        OrganigramNode root = new DepartmentTree(DEPARTMENTS).whole();

        assertEquals("root[EXEC(2)[IT(0), SALES(3)[TEAM-A(0), TEAM-B(0), TEAM-C(0)]], OPS(0)]", drawn(root));
    }

    @Test
    void aSoleTopIsTheWholeTreesRoot() {
        OrganigramNode root = new DepartmentTree(DEPARTMENTS.subList(0, 6)).whole();

        assertEquals("EXEC(2)[IT(0), SALES(3)[TEAM-A(0), TEAM-B(0), TEAM-C(0)]]", drawn(root));
    }

    @Test
    void aCentredTreeDrawsOneDepartmentAndThoseDirectlyUnderItWithTheirCounts() {
        DepartmentTree tree = new DepartmentTree(DEPARTMENTS);

        assertEquals("root[EXEC(2), OPS(0)]", drawn(tree.centredOn(null, 100)));
        assertEquals("EXEC(2)[IT(0), SALES(3)]", drawn(tree.centredOn(tree.department(1), 100)));
        assertEquals("SALES(3)[TEAM-A(0), TEAM-B(0), more 1]", drawn(tree.centredOn(tree.department(3), 2)));
    }

    @Test
    void upFromADepartmentLeadsToItsActiveParent() {
        DepartmentTree tree = new DepartmentTree(DEPARTMENTS);

        assertEquals(3L, tree.parentOf(tree.department(4)));
        assertNull(tree.parentOf(tree.department(1)));
        assertNull(tree.parentOf(tree.department(7)), "a parent no longer active is not a way up");
        assertNull(tree.soleTop(), "two departments at the top");
        assertSame(tree.department(1), new DepartmentTree(DEPARTMENTS.subList(0, 6)).soleTop());
        assertNull(tree.department(99));
    }

    private static String drawn(OrganigramNode node) {
        String box = switch (node.getType()) {
            case "root" -> "root";
            case "more" -> "more " + node.getData();
            default -> ((DepartmentBox) node.getData()).department().code() + "(" + ((DepartmentBox) node.getData()).subDepartments() + ")";
        };
        if (node.getChildren().isEmpty()) {
            return box;
        }
        List<String> children = new ArrayList<>();
        node.getChildren().forEach(child -> children.add(drawn(child)));
        return box + children;
    }

    private static ChartDepartment department(long id, String code, Long parentId) {
        return new ChartDepartment(id, code, code + " department", parentId, null, null);
    }
}
