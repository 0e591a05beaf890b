package org.servicepact.platform.paging;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a list's search box and column headers may put into a query. */
class PagingTest {

    private final SortOrder sort = new SortOrder(Map.of("name", "d.name"), "d.id");

    @Test
    void onlyWhitelistedColumnsSort() {
        assertEquals(" ORDER BY d.name DESC, d.id", sort.orderBy(new PageRequest(0, 20, "name", false, "")));
        assertEquals(" ORDER BY d.id", sort.orderBy(new PageRequest(0, 20, "d.name; DROP TABLE party", true, "")));
        assertEquals(" ORDER BY d.id", sort.orderBy(new PageRequest(0, 20, null, true, "")));
    }

    @Test
    void searchTextBecomesALikePatternWithItsWildcardsEscaped() {
        assertEquals("%50\\% off\\_now%", new PageRequest(0, 20, null, true, " 50% OFF_now ").searchPattern());
        assertEquals("%%", new PageRequest(0, 20, null, true, null).searchPattern());
        assertEquals("%printer%", new PageRequest(0, 20, null, true, "prin\u0000ter").searchPattern(),
                "a NUL, which no stored text holds and PostgreSQL refuses as a parameter, is left out");
    }

    @Test
    void theSearchConditionJoinsTheQueryOnlyWhenSomethingWasTyped() {
        String condition = "LOWER(d.name) LIKE :search ESCAPE '\\'";
        assertEquals(" AND (" + condition + ")", new PageRequest(0, 20, null, true, "it").andSearch(condition));
        assertEquals("", new PageRequest(0, 20, null, true, "  ").andSearch(condition));
        assertEquals("", new PageRequest(0, 20, null, true, null).andSearch(condition));
        assertEquals(" WHERE (" + condition + ")", new PageRequest(0, 20, null, true, "it").whereSearch(condition));
        assertEquals("", new PageRequest(0, 20, null, true, "").whereSearch(condition));
    }

    @Test
    void aPageHoldsAtLeastOneRow() {
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 0, null, true, ""));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 10, null, true, ""));
    }
}
