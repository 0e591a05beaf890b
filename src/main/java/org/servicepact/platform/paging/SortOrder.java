package org.servicepact.platform.paging;

import java.util.Map;

/**
 * Turns the sort field a screen asks for into an ORDER BY clause, only ever from a fixed list of
 * columns, so nothing a user sends is concatenated into a query.
 */
public final class SortOrder {

    private final Map<String, String> pathsByField;
    private final String defaultOrder;

    public SortOrder(Map<String, String> pathsByField, String defaultOrder) {
        this.pathsByField = Map.copyOf(pathsByField);
        this.defaultOrder = defaultOrder;
    }

    public String orderBy(PageRequest request) {
        String path = request.sortField() == null ? null : pathsByField.get(request.sortField());
        if (path == null) {
            return " ORDER BY " + defaultOrder;
        }
        return " ORDER BY " + path + (request.ascending() ? " ASC" : " DESC") + ", " + defaultOrder;
    }
}
