package org.servicepact.platform.web;

import java.util.Comparator;
import java.util.function.Function;

/**
 * A column of a report table: its heading in the reader's language, whether it holds figures (set right, and numbers
 * in a workbook), what it shows of a row, and, for a column a reader may sort by, its name in the address and order.
 *
 * @param <T> the rows' type
 */
public record ReportColumn<T>(String heading, boolean figures, Function<T, ReportCell> cell, String sortName, Comparator<T> order) {

    /** A column of words. */
    public static <T> ReportColumn<T> text(String heading, Function<T, String> text) {
        return new ReportColumn<>(heading, false, row -> ReportCell.of(text.apply(row)), null, null);
    }

    /** A column of figures, already written as the page shows them ("12", "85 %", "4.2", "—"). */
    public static <T> ReportColumn<T> figures(String heading, Function<T, String> text) {
        return new ReportColumn<>(heading, true, row -> ReportCell.of(text.apply(row)), null, null);
    }

    /** A column whose cells the page writes itself: a link, a coloured mark. */
    public static <T> ReportColumn<T> cells(String heading, boolean figures, Function<T, ReportCell> cell) {
        return new ReportColumn<>(heading, figures, cell, null, null);
    }

    /** The same column, sortable by the reader: {@code ?<table>Sort=<name>} orders the rows so. */
    public ReportColumn<T> sortable(String name, Comparator<T> rowOrder) {
        return new ReportColumn<>(heading, figures, cell, name, rowOrder);
    }

    public boolean isSortable() {
        return sortName != null;
    }
}
