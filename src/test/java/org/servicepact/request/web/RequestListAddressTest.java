package org.servicepact.request.web;

import org.junit.jupiter.api.Test;
import org.servicepact.request.application.RequestDirectory.Scope;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestListAddressTest {

    private static RequestListAddress address(String... namesAndValues) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return RequestListAddress.of(parameters);
    }

    @Test
    void noAddressIsMyOpenRequestsFromTheFirstPageInTheListsOwnOrder() {
        RequestListAddress none = address();
        assertEquals("mine", none.tab());
        assertEquals(Scope.MINE_OPEN, none.scope());
        assertEquals("", none.search());
        assertEquals(1, none.page());
        assertNull(none.sort());
        assertEquals("?tab=mine", none.query());
    }

    @Test
    void anAddressNamesTheTabItsChoiceTheSearchTheOrderAndThePage() {
        RequestListAddress queue = address("tab", "queue", "scope", "at-risk", "q", " printer ", "sort", "title",
                "order", "desc", "page", "3");
        assertEquals("queue", queue.tab());
        assertEquals(Scope.QUEUE_AT_RISK, queue.scope());
        assertEquals("printer", queue.search());
        assertEquals(3, queue.page());
        assertEquals("title", queue.sort());
        assertEquals("descending", queue.sortState("title"));
        assertEquals("none", queue.sortState("priority"));
        assertEquals("?tab=queue&scope=at-risk&q=printer&sort=title&order=desc&page=3", queue.query());
        assertEquals(queue, RequestListAddress.of(Map.of("tab", "queue", "scope", "at-risk", "q", "printer",
                "sort", "title", "order", "desc", "page", "3")), "the query reads back as the same list");
    }

    @Test
    void whatTheAddressNamesWronglyIsTheTabsDefault() {
        RequestListAddress wrong = address("tab", "<script>", "scope", "breached", "sort", "r.title; DROP TABLE",
                "page", "-4");
        assertEquals("mine", wrong.tab());
        assertEquals(Scope.MINE_OPEN, wrong.scope(), "breached is a choice of the queue, not of my requests");
        assertNull(wrong.sort(), "only the columns the lists sort by");
        assertEquals(1, wrong.page());
        assertEquals(1, address("page", "99999999999").page());
        assertEquals(1, address("page", "two").page());
        assertEquals(Scope.MINE_OPEN, address("tab", "Mine").scope());
        assertEquals(Scope.MINE, address("scope", "all").scope());
        assertEquals(Scope.QUEUE_OPEN, address("tab", "queue", "scope", "all").scope());
        assertEquals(Scope.QUEUE_ASSIGNED_TO_ME, address("tab", "queue", "scope", "assigned-to-me").scope());
        assertNull(address("tab", "escalated").scope(), "the escalations have no choices");
    }

    @Test
    void theSearchTextIsEncodedIntoTheQuery() {
        assertEquals("?tab=mine&q=a%26b%3Dc+%C3%BC%23", address("q", "a&b=c ü#").query());
    }

    @Test
    void aColumnSortsAscendingFirstThenTheOtherWayRoundAlwaysFromTheFirstPage() {
        RequestListAddress paged = address("tab", "queue", "page", "4");
        RequestListAddress byTitle = paged.sortedBy("title");
        assertEquals("?tab=queue&sort=title", byTitle.query());
        assertEquals("?tab=queue&sort=title&order=desc", byTitle.sortedBy("title").query());
        assertEquals("?tab=queue&sort=priority", byTitle.sortedBy("title").sortedBy("priority").query());
    }

    @Test
    void anotherChoiceKeepsTheSearchAndOrderAnotherTabStartsAfresh() {
        RequestListAddress searched = address("q", "leave", "sort", "status", "page", "2");
        assertEquals("?tab=mine&scope=closed&q=leave&sort=status", searched.withScope(Scope.MINE_CLOSED).query());
        assertEquals("?tab=queue", searched.onTab("queue").query());
        assertEquals("?tab=mine&q=leave&sort=status&page=5", searched.onPage(5).query());
        assertTrue(searched.onTab("escalated").query().equals("?tab=escalated"));
    }
}
