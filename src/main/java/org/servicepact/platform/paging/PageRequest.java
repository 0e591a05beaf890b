package org.servicepact.platform.paging;

import jakarta.persistence.Query;

import java.io.Serializable;
import java.util.Locale;

/**
 * One page of a list as a screen asks for it: where it starts, how long it is, the column to sort by
 * (a name the list itself whitelists) and the text typed into the list's search box.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, String search) implements Serializable {

    public PageRequest {
        if (first < 0 || size <= 0) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds at least one row");
        }
        // no stored text holds a NUL (StorableText), and PostgreSQL refuses one even as a parameter
        search = search == null ? "" : search.replace("\0", "").strip();
    }

    /**
     * Whether something was typed into the search box. A list adds its search condition only then: H2 plans a
     * statement with LIKE again at every execution (the pattern decides which index helps), and a LIKE '%%' is one
     * more test of every row on any database.
     */
    public boolean searches() {
        return !search.isEmpty();
    }

    /** A list's search condition (on the parameter {@code :search}) as " AND (…)" when something was typed, else nothing. */
    public String andSearch(String condition) {
        return searches() ? " AND (" + condition + ")" : "";
    }

    /** The same for a query with no other condition: " WHERE (…)" when something was typed, else nothing. */
    public String whereSearch(String condition) {
        return searches() ? " WHERE (" + condition + ")" : "";
    }

    /** Binds the search pattern to the query's {@code :search} when something was typed (see {@link #andSearch}). */
    public <Q extends Query> Q bindSearch(Q query) {
        if (searches()) {
            query.setParameter("search", searchPattern());
        }
        return query;
    }

    /** The search text as a case-insensitive LIKE pattern, with LIKE's wildcards in the text escaped. */
    public String searchPattern() {
        String escaped = search.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
