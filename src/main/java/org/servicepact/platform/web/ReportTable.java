package org.servicepact.platform.web;

import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.paging.PageSource;
import org.servicepact.platform.paging.Pager;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A table of a report page, written as plain HTML ({@code /WEB-INF/includes/report-table.xhtml}): one page of its rows
 * with their cells worked out once, its headings sorting by address, a pager of plain links, and links to the same rows
 * as CSV or Excel made on the server ({@link ReportExport}). Its rows are either a list the report already holds
 * (sorted here) or a source paged in the database.
 *
 * @param <T> the rows' type
 */
public final class ReportTable<T> {

    /** Rows read at once for an export of a table paged in the database. */
    static final int EXPORT_CHUNK = 500;

    private final ReportTables page;
    private final String id;
    private final List<ReportColumn<T>> columns;
    private final List<T> list;
    private final PageSource<T> source;
    private final String sort;
    private final boolean ascending;
    private int pageSize = Integer.MAX_VALUE;
    private String fileName;
    private String emptyText = "";
    private Pager pager;
    private List<List<ShownCell>> shown;
    private List<T> ordered;

    private ReportTable(ReportTables page, String id, List<ReportColumn<T>> columns, List<T> list, PageSource<T> source) {
        this.page = page;
        this.id = id;
        this.columns = List.copyOf(columns);
        this.list = list;
        this.source = source;
        this.fileName = id;
        String asked = page.sort(id);
        this.sort = columns.stream().anyMatch(c -> c.isSortable() && c.sortName().equals(asked)) ? asked : null;
        this.ascending = page.ascending(id);
    }

    /** A table of rows the report holds already; its sortable columns sort them here. */
    public static <T> ReportTable<T> of(ReportTables page, String id, List<ReportColumn<T>> columns, List<T> rows) {
        return page.add(new ReportTable<>(page, id, columns, rows, null));
    }

    /** A table paged in the database: one page read with its count (its columns are not sortable). */
    public static <T> ReportTable<T> paged(ReportTables page, String id, List<ReportColumn<T>> columns, PageSource<T> source) {
        if (columns.stream().anyMatch(ReportColumn::isSortable)) {
            throw new IllegalArgumentException("A table paged in the database is shown in its source's order");
        }
        return page.add(new ReportTable<>(page, id, columns, null, source));
    }

    /** Shows this many rows a page, with a pager beneath (all rows on one page unless set). */
    public ReportTable<T> perPage(int rows) {
        this.pageSize = rows;
        return this;
    }

    /** Names the exported files ({@code <name>.csv}, {@code <name>.xlsx}); the table's id unless set. */
    public ReportTable<T> exportedAs(String name) {
        this.fileName = name;
        return this;
    }

    /** What the table says when it has no rows. */
    public ReportTable<T> whenEmpty(String text) {
        this.emptyText = text;
        return this;
    }

    /** A cell as the page writes it: with its column's heading, which a phone shows beside it. */
    public record ShownCell(String label, String text, String link, String styleClass, boolean figures) {
    }

    public Pager getPager() {
        if (pager == null) {
            long total = list != null ? list.size() : source.count(request(0, 1));
            pager = new Pager(getAskedPage(), pageSize, total);
        }
        return pager;
    }

    /** The rows of the page shown, their cells worked out. */
    public List<List<ShownCell>> getRows() {
        if (shown == null) {
            shown = new ArrayList<>();
            Pager at = getPager();
            for (T row : at.total() == 0 ? List.<T>of() : rows(at.first(), pageSize)) {
                shown.add(columns.stream().map(column -> shownCell(column, row)).toList());
            }
        }
        return shown;
    }

    private ShownCell shownCell(ReportColumn<T> column, T row) {
        ReportCell cell = column.cell().apply(row);
        return new ShownCell(column.heading(), cell.text(), cell.link(), cell.styleClass(), column.figures());
    }

    /** The rows from {@code first} on, at most {@code count} of them, in the order asked for. */
    private List<T> rows(int first, int count) {
        if (list == null) {
            return source.page(request(first, count));
        }
        List<T> ordered = sorted();
        return ordered.subList(Math.min(first, ordered.size()), (int) Math.min((long) first + count, ordered.size()));
    }

    /** The list in the order asked for, sorted once. */
    private List<T> sorted() {
        if (ordered == null) {
            Comparator<T> order = sort == null ? null
                    : columns.stream().filter(c -> sort.equals(c.sortName())).findFirst().orElseThrow().order();
            ordered = order == null ? list : list.stream().sorted(ascending ? order : order.reversed()).toList();
        }
        return ordered;
    }

    private PageRequest request(int first, int count) {
        return new PageRequest(first, count, sort, ascending, "");
    }

    /** Every row as text, in the order shown, for an export; a table paged in the database is read a chunk at a time. */
    List<List<String>> exportRows() {
        List<List<String>> texts = new ArrayList<>();
        int first = 0;
        List<T> chunk;
        do {
            chunk = rows(first, EXPORT_CHUNK);
            chunk.forEach(row -> texts.add(columns.stream().map(column -> column.cell().apply(row).text()).toList()));
            first += chunk.size();
        } while (chunk.size() == EXPORT_CHUNK);
        return texts;
    }

    List<String> headings() {
        return columns.stream().map(ReportColumn::heading).toList();
    }

    public List<ReportColumn<T>> getColumns() {
        return columns;
    }

    /** The columns a reader may sort by (a phone shows them as links above the table, its headings hidden). */
    public List<ReportColumn<T>> getSortable() {
        return columns.stream().filter(ReportColumn::isSortable).toList();
    }

    /** How a column is sorted, as {@code aria-sort} says it: "ascending", "descending" or "none". */
    public String sortState(ReportColumn<T> column) {
        if (!column.isSortable() || !column.sortName().equals(sort)) {
            return "none";
        }
        return ascending ? "ascending" : "descending";
    }

    /** The icon of a sortable heading: which way it sorts now, or that it can. */
    public String sortIcon(ReportColumn<T> column) {
        return SortIcons.of(sortState(column));
    }

    /** The page sorted by the column, from the first page: ascending first, the other way round when sorted by it already. */
    public String sortAddress(ReportColumn<T> column) {
        boolean nextAscending = !column.sortName().equals(sort) || !ascending;
        return page.address(id, 1, column.sortName(), nextAscending);
    }

    public String pageAddress(int number) {
        return page.address(id, number, sort, ascending);
    }

    public String exportAddress(String format) {
        return page.exportAddress(this, format);
    }

    public String getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getEmptyText() {
        return emptyText;
    }

    int getAskedPage() {
        return page.page(id);
    }

    String getSort() {
        return sort;
    }

    boolean isAscending() {
        return ascending;
    }
}
