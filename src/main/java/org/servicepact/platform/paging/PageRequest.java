package org.servicepact.platform.paging;

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

    /** The search text as a case-insensitive LIKE pattern, with LIKE's wildcards in the text escaped. */
    public String searchPattern() {
        String escaped = search.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
