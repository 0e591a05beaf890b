package org.servicepact.request.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.rules.RuleViolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ApiPagesTest {

    @Test
    void aPageIsTakenAsAskedFor() {
        PageRequest page = ApiPages.of(" 100 ", "200", " laptop ");
        assertEquals(100, page.first());
        assertEquals(200, page.size());
        assertEquals("laptop", page.search());
    }

    @ParameterizedTest
    @CsvSource({"-1, 50, first", "abc, 50, first", "1.5, 50, first", "99999999999, 50, first", "'', 50, first",
            "0, 0, size", "0, 201, size", "0, x, size", "0, -3, size"})
    void aFirstOrASizeThatIsNoWholeNumberInRangeIsRefusedByName(String first, String size, String field) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> ApiPages.of(first, size, ""));
        assertEquals(field, refused.field());
        assertEquals("api.page." + field, refused.messageKey());
    }
}
