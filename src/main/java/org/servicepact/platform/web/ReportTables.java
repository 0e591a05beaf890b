package org.servicepact.platform.web;

import jakarta.faces.context.FacesContext;
import org.servicepact.platform.paging.Pager;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * The tables of one report page and the page's address: what the page itself was asked for (its department, its
 * months), kept as it is, and for each table the page shown and the column sorted by ({@code tiesPage=2&tiesSort=
 * requests&tiesOrder=desc}). A table is paged, sorted and exported by plain links to the same page: {@code export=
 * ties&format=csv} answers the table's rows as a file instead of the page, read with the same rights as the page.
 */
public final class ReportTables {

    /** The formats a table exports to, as the address names them. */
    public static final List<String> FORMATS = List.of("csv", "xlsx");

    private final String path;
    private final Map<String, String> kept = new LinkedHashMap<>();
    private final Map<String, String> parameters;
    private final List<ReportTable<?>> tables = new ArrayList<>();

    /**
     * @param path       the page's address within the portal ({@code /insight/culture.xhtml})
     * @param kept       what every link of the page keeps as it is, in this order; {@code null} values are left out
     * @param parameters the parameters the page was asked with
     */
    public ReportTables(String path, Map<String, ?> kept, Map<String, String> parameters) {
        this.path = path;
        kept.forEach((name, value) -> {
            if (value != null) {
                this.kept.put(name, value.toString());
            }
        });
        this.parameters = Map.copyOf(parameters);
    }

    /** The tables of the page being answered, with the parameters it was asked with. */
    public static ReportTables ofThisRequest(String path, Map<String, ?> kept) {
        return new ReportTables(path, kept, FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap());
    }

    /** Adds a table to the page: its links keep the other tables' pages and orders. */
    <T> ReportTable<T> add(ReportTable<T> table) {
        if (tables.stream().anyMatch(other -> other.getId().equals(table.getId()))) {
            throw new IllegalArgumentException("Two tables of one page named " + table.getId());
        }
        tables.add(table);
        return table;
    }

    /** The page asked for of a table: 1 for none, for one below 1 or for what is not a number. */
    int page(String table) {
        return Pager.pageNamed(parameters.get(table + "Page"));
    }

    /** The column a table is asked to be sorted by, as the address names it (the table checks the name). */
    String sort(String table) {
        return parameters.get(table + "Sort");
    }

    boolean ascending(String table) {
        return !"desc".equals(parameters.get(table + "Order"));
    }

    /** The page's address with one table shown otherwise: the page kept, every other table as it is shown now. */
    String address(String changed, int page, String sort, boolean ascending) {
        StringJoiner query = query();
        for (ReportTable<?> table : tables) {
            boolean isChanged = table.getId().equals(changed);
            addState(query, table.getId(), isChanged ? page : table.getAskedPage(), isChanged ? sort : table.getSort(),
                    isChanged ? ascending : table.isAscending());
        }
        return path + query;
    }

    /** The address of a table's rows as a file of the format, in the order the page shows them. */
    String exportAddress(ReportTable<?> table, String format) {
        StringJoiner query = query();
        addState(query, table.getId(), 1, table.getSort(), table.isAscending());
        query.add("export=" + table.getId()).add("format=" + format);
        return path + query;
    }

    /**
     * Answers with the file the address asks for ({@code export=<table>&format=csv|xlsx}), if it asks for one, instead
     * of the page: the "not found" page for a table the page does not show this person or a format there is not.
     */
    public void answerExportIfAsked() {
        String asked = parameters.get("export");
        if (asked == null) {
            return;
        }
        Optional<ReportTable<?>> table = tables.stream().filter(t -> t.getId().equals(asked)).findFirst();
        String format = parameters.get("format");
        if (table.isEmpty() || format == null || !FORMATS.contains(format)) {
            Pages.notFound();
        } else {
            ReportExport.send(table.get(), format);
        }
    }

    private StringJoiner query() {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        kept.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query;
    }

    /** A table's state, naming only what differs from its first page in its own order. */
    private static void addState(StringJoiner query, String table, int page, String sort, boolean ascending) {
        if (sort != null) {
            query.add(table + "Sort=" + sort);
            if (!ascending) {
                query.add(table + "Order=desc");
            }
        }
        if (page > 1) {
            query.add(table + "Page=" + page);
        }
    }
}
