package org.servicepact.request.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequestListsTest {

    @Test
    void theAddressNamesTheTabTheListsOpenOn() {
        assertEquals(0, RequestLists.tabNamed("mine"));
        assertEquals(1, RequestLists.tabNamed("queue"));
        assertEquals(2, RequestLists.tabNamed("escalated"));
    }

    @Test
    void noTabOrOneThePageDoesNotKnowOpensMine() {
        assertEquals(0, RequestLists.tabNamed(null));
        assertEquals(0, RequestLists.tabNamed(""));
        assertEquals(0, RequestLists.tabNamed("Queue"));
        assertEquals(0, RequestLists.tabNamed("<script>"));
    }
}
