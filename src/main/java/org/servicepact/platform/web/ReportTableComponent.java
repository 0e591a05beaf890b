package org.servicepact.platform.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import org.servicepact.platform.paging.Pager;

import java.io.IOException;
import java.util.List;

import static org.servicepact.platform.web.BundleMessageResolver.format;

/**
 * Writes a {@link ReportTable} ({@code <sp:reportTable table="#{page.ties}"/>}) as plain HTML: on a phone the sortable
 * headings as links above the table (its headings are hidden there, each row a card), the table with one page of its
 * rows, each cell beside its heading for the card, a pager of plain links, and the links to its CSV and Excel files.
 * Written here rather than by a Facelets template because a report writes hundreds of cells: each cell of a template
 * costs a dozen expression look-ups, each cell here a few writes; every text and attribute is escaped by the
 * response writer all the same.
 */
@FacesComponent(createTag = true, tagName = "reportTable", namespace = ReportTableComponent.NAMESPACE)
public class ReportTableComponent extends WrittenComponent {

    /** The namespace of the portal's own tags. */
    public static final String NAMESPACE = "https://servicepact.org/faces";

    private static final String CLASS = "class";

    @Override
    public String getFamily() {
        return "org.servicepact.ReportTable";
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        ReportTable<?> table = (ReportTable<?>) getAttributes().get("table");
        Writer out = new Writer(context.getResponseWriter(), context.getExternalContext().getRequestContextPath(), this);
        out.start("div", "portal-report-table");
        if (!table.getSortable().isEmpty()) {
            phoneSort(out, table);
        }
        out.start("div", "portal-table-scroll");
        out.start("table", "portal-table");
        out.attribute("id", table.getId());
        headings(out, table);
        rows(out, table);
        out.end("table");
        out.end("div");
        if (table.getPager().pageCount() > 1) {
            pager(out, table);
        }
        exports(out, table);
        out.end("div");
    }

    private static <T> void phoneSort(Writer out, ReportTable<T> table) throws IOException {
        out.start("nav", "portal-phone-sort");
        out.attribute("aria-label", format("request.list.sortBy"));
        out.start("span", "portal-hint");
        out.text(format("request.list.sortBy"));
        out.end("span");
        for (ReportColumn<T> column : table.getSortable()) {
            String state = table.sortState(column);
            out.link(table.sortAddress(column), "portal-sort");
            out.attribute("aria-current", String.valueOf(!"none".equals(state)));
            out.text(column.heading());
            out.icon(table.sortIcon(column));
            if (!"none".equals(state)) {
                out.start("span", "portal-visually-hidden");
                out.text(" " + format("ascending".equals(state) ? "request.list.sortedAscending" : "request.list.sortedDescending"));
                out.end("span");
            }
            out.end("a");
        }
        out.end("nav");
    }

    private static <T> void headings(Writer out, ReportTable<T> table) throws IOException {
        out.start("thead", null);
        out.start("tr", null);
        for (ReportColumn<T> column : table.getColumns()) {
            out.start("th", column.figures() ? "portal-number" : null);
            out.attribute("scope", "col");
            if (column.isSortable()) {
                out.attribute("aria-sort", table.sortState(column));
                out.link(table.sortAddress(column), "portal-sort");
                out.text(column.heading());
                out.icon(table.sortIcon(column));
                out.end("a");
            } else {
                out.text(column.heading());
            }
            out.end("th");
        }
        out.end("tr");
        out.end("thead");
    }

    private static void rows(Writer out, ReportTable<?> table) throws IOException {
        out.start("tbody", null);
        for (List<ReportTable.ShownCell> row : table.getRows()) {
            out.start("tr", null);
            for (ReportTable.ShownCell cell : row) {
                out.start("td", cell.figures() ? "portal-number" : null);
                out.attribute("data-label", cell.label());
                if (cell.link() != null) {
                    out.link(cell.link(), cell.styleClass());
                    out.text(cell.text());
                    out.end("a");
                } else if (cell.styleClass() != null) {
                    out.start("span", cell.styleClass());
                    out.text(cell.text());
                    out.end("span");
                } else {
                    out.text(cell.text());
                }
                out.end("td");
            }
            out.end("tr");
        }
        if (table.getRows().isEmpty()) {
            out.start("tr", null);
            out.start("td", null);
            out.attribute("colspan", String.valueOf(table.getColumns().size()));
            out.text(table.getEmptyText());
            out.end("td");
            out.end("tr");
        }
        out.end("tbody");
    }

    private static void pager(Writer out, ReportTable<?> table) throws IOException {
        Pager pager = table.getPager();
        out.start("nav", "portal-pager");
        out.attribute("aria-label", format("paging.pages"));
        out.start("span", "portal-hint");
        out.text(format("paging.showing") + " " + pager.firstShown() + "–" + pager.lastShown() + " " + format("paging.of") + " " + pager.total());
        out.end("span");
        if (pager.page() > 1) {
            out.link(table.pageAddress(pager.page() - 1), null);
            out.attribute("rel", "prev");
            out.text(format("paging.previous"));
            out.end("a");
        }
        for (int number : pager.offered()) {
            out.link(table.pageAddress(number), null);
            out.attribute("aria-current", number == pager.page() ? "page" : "false");
            out.text(String.valueOf(number));
            out.end("a");
        }
        if (pager.page() < pager.pageCount()) {
            out.link(table.pageAddress(pager.page() + 1), null);
            out.attribute("rel", "next");
            out.text(format("paging.next"));
            out.end("a");
        }
        out.end("nav");
    }

    /** The export links, looking like the portal's outlined buttons. */
    private static void exports(Writer out, ReportTable<?> table) throws IOException {
        out.start("span", "portal-exports");
        exportLink(out, table, "csv", "Csv", "pi-download", "common.exportCsv");
        exportLink(out, table, "xlsx", "Xlsx", "pi-file-excel", "common.exportXlsx");
        out.end("span");
    }

    private static void exportLink(Writer out, ReportTable<?> table, String format, String idSuffix, String icon, String label)
            throws IOException {
        out.link(table.exportAddress(format), "ui-button ui-widget ui-state-default ui-corner-all ui-button-text-icon-left"
                + " ui-button-outlined ui-button-secondary");
        out.attribute("id", table.getId() + idSuffix);
        out.attribute("download", table.getFileName() + "." + format);
        out.start("span", "ui-button-icon-left ui-icon ui-c pi " + icon);
        out.attribute("aria-hidden", "true");
        out.end("span");
        out.start("span", "ui-button-text ui-c");
        out.text(format(label));
        out.end("span");
        out.end("a");
    }

    /** The response writer with the few shapes a report table is made of; texts and attributes escaped by it. */
    private record Writer(ResponseWriter writer, String contextPath, ReportTableComponent component) {

        void start(String element, String styleClass) throws IOException {
            writer.startElement(element, component);
            if (styleClass != null) {
                writer.writeAttribute(CLASS, styleClass, null);
            }
        }

        /** Starts a link within the portal (an address from the context's root). */
        void link(String address, String styleClass) throws IOException {
            start("a", styleClass);
            writer.writeAttribute("href", contextPath + address, null);
        }

        void icon(String icon) throws IOException {
            start("span", "pi " + icon);
            writer.writeAttribute("aria-hidden", "true", null);
            end("span");
        }

        void attribute(String name, String value) throws IOException {
            writer.writeAttribute(name, value, null);
        }

        void text(String text) throws IOException {
            writer.writeText(text, null);
        }

        void end(String element) throws IOException {
            writer.endElement(element);
        }
    }
}
