package org.servicepact.organisation.web;

import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.LazyTreeNode;
import org.primefaces.model.TreeNode;
import org.primefaces.model.TreeNodeChildren;
import org.primefaces.util.Callbacks.SerializableFunction;

import java.util.List;

/**
 * A person on a large department's reporting lines whose direct reports are read only when their line is opened.
 * (PrimeFaces' own {@code LazyDefaultTreeNode} reads them as soon as anything counts its children, and the tree
 * table counts every row's children while it walks the tree: a query per row shown.)
 */
final class ReportingLineNode extends DefaultTreeNode<ReportingRow> implements LazyTreeNode {

    private static final long serialVersionUID = 1L;

    private final SerializableFunction<ReportingRow, List<ReportingRow>> reportsOf;
    private boolean loaded;

    ReportingLineNode(ReportingRow row, SerializableFunction<ReportingRow, List<ReportingRow>> reportsOf) {
        super(row);
        this.reportsOf = reportsOf;
    }

    @Override
    public boolean isLeaf() {
        return getData().isLeaf();
    }

    @Override
    public boolean isLoaded() {
        return loaded;
    }

    /** Adds a level's rows under {@code parent}: each person a line to open, the row of those not shown a leaf. */
    static void addLevel(TreeNode<ReportingRow> parent, List<ReportingRow> rows,
                         SerializableFunction<ReportingRow, List<ReportingRow>> reportsOf) {
        for (ReportingRow row : rows) {
            parent.getChildren().add(row.person() == null ? new DefaultTreeNode<>(row) : new ReportingLineNode(row, reportsOf));
        }
    }

    /** Reads the direct reports the first time they are asked for. */
    @Override
    public TreeNodeChildren<ReportingRow> getChildren() {
        if (!loaded && !isLeaf()) {
            loaded = true;
            addLevel(this, reportsOf.apply(getData()), reportsOf);
        }
        return super.getChildren();
    }

    /** None while the line is closed and unread, so that walking the tree reads nothing. */
    @Override
    public int getChildCount() {
        return loaded || isExpanded() ? getChildren().size() : 0;
    }
}
