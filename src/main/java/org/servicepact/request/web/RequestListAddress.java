package org.servicepact.request.web;

import org.servicepact.platform.paging.Pager;
import org.servicepact.request.application.RequestDirectory.Scope;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Which list of the requests page is shown, as its address says: the tab ({@code ?tab=mine|queue|escalated}), the
 * tab's choice ({@code &scope=closed}), the search text ({@code &q=}), the column sorted by ({@code &sort=title},
 * {@code &order=desc}) and the page ({@code &page=2}). Every list is a plain address, for a link, a bookmark or the
 * back button; what the address does not name, or names wrongly, is the tab's default.
 */
public record RequestListAddress(String tab, Scope scope, String search, int page, String sort, boolean ascending) {

    /** The tabs' names in the page's order. */
    public static final List<String> TABS = List.of("mine", "queue", "escalated");

    static final List<Scope> MINE_SCOPES = List.of(Scope.MINE_OPEN, Scope.MINE_CLOSED, Scope.MINE);
    static final List<Scope> QUEUE_SCOPES = List.of(Scope.QUEUE_OPEN, Scope.QUEUE_UNASSIGNED,
            Scope.QUEUE_ASSIGNED_TO_ME, Scope.QUEUE_AT_RISK, Scope.QUEUE_BREACHED);

    /** The columns a list sorts by, as the directory names them. */
    static final List<String> SORTABLE = List.of("title", "priority", "status", "resolutionDue");

    public RequestListAddress {
        search = search == null ? "" : search.strip();
    }

    /** The list an address's parameters name. */
    public static RequestListAddress of(Map<String, String> parameters) {
        String tab = oneOf(TABS, parameters.get("tab"), TABS.get(0));
        List<Scope> scopes = scopesOf(tab);
        Scope scope = scopes.stream().filter(s -> addressName(s).equals(parameters.get("scope"))).findFirst()
                .orElse(scopes.isEmpty() ? null : scopes.get(0));
        String sort = oneOf(SORTABLE, parameters.get("sort"), null);
        return new RequestListAddress(tab, scope, parameters.get("q"), Pager.pageNamed(parameters.get("page")), sort,
                !"desc".equals(parameters.get("order")));
    }

    /** The value when it is one of the names (which hold no null: {@code List.of} refuses to look for one), else the default. */
    private static String oneOf(List<String> names, String value, String otherwise) {
        return value != null && names.contains(value) ? value : otherwise;
    }

    /** The choices of a tab's list; none for the escalations. */
    public static List<Scope> scopesOf(String tab) {
        return switch (tab) {
            case "mine" -> MINE_SCOPES;
            case "queue" -> QUEUE_SCOPES;
            default -> List.of();
        };
    }

    /**
     * A choice as an address names it: the scope's name without its list's prefix, in lower case with hyphens
     * ("all", "open", "closed"; "unassigned", "assigned-to-me", "at-risk", "breached").
     */
    public static String addressName(Scope scope) {
        String choice = scope.name().replaceFirst("^(MINE|QUEUE)_?", "");
        return choice.isEmpty() ? "all" : choice.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Another tab, on its default list. */
    public RequestListAddress onTab(String otherTab) {
        List<Scope> scopes = scopesOf(otherTab);
        return new RequestListAddress(otherTab, scopes.isEmpty() ? null : scopes.get(0), "", 1, null, true);
    }

    /** Another choice of this tab, keeping the search and the order, from its first page. */
    public RequestListAddress withScope(Scope otherScope) {
        return new RequestListAddress(tab, otherScope, search, 1, sort, ascending);
    }

    public RequestListAddress onPage(int otherPage) {
        return new RequestListAddress(tab, scope, search, otherPage, sort, ascending);
    }

    /** Sorted by the column, from the first page: ascending first, the other way round when it is sorted by it already. */
    public RequestListAddress sortedBy(String column) {
        return new RequestListAddress(tab, scope, search, 1, column, !column.equals(sort) || !ascending);
    }

    /** The address's query, "?tab=…", naming only what differs from the tab's default. */
    public String query() {
        StringJoiner query = new StringJoiner("&", "?", "");
        query.add("tab=" + tab);
        List<Scope> scopes = scopesOf(tab);
        if (scope != null && !scope.equals(scopes.get(0))) {
            query.add("scope=" + addressName(scope));
        }
        if (!search.isEmpty()) {
            query.add("q=" + URLEncoder.encode(search, StandardCharsets.UTF_8));
        }
        if (sort != null) {
            query.add("sort=" + sort);
            if (!ascending) {
                query.add("order=desc");
            }
        }
        if (page > 1) {
            query.add("page=" + page);
        }
        return query.toString();
    }

    /** How a column is sorted, as {@code aria-sort} says it: "ascending", "descending" or "none". */
    public String sortState(String column) {
        if (!column.equals(sort)) {
            return "none";
        }
        return ascending ? "ascending" : "descending";
    }
}
