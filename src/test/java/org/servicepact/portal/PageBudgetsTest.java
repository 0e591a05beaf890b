package org.servicepact.portal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageBudgetsTest {

    @Test
    void aPageIsOverWhenWhatItReadsAndChangesExceedsItsBudget() {
        String report = """
                GET /requests/request.xhtml 40
                GET /agreements/index.xhtml 41
                POST /requests/request.xhtml (ajax) 80
                GET /requests/index.xhtml (ajax) 81
                POST /api/v1/requests/import 14 +244 inserts
                POST /api/v1/requests 81 +2 inserts
                """;
        assertEquals(List.of("GET /agreements/index.xhtml 41", "GET /requests/index.xhtml (ajax) 81", "POST /api/v1/requests 81 +2 inserts"),
                PageBudgets.overBudget(report));
    }
}
