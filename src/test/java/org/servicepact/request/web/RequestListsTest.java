package org.servicepact.request.web;

import org.junit.jupiter.api.Test;
import org.servicepact.request.application.RequestDirectory;

import java.util.Optional;

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

    @Test
    void theAddressNamesTheChoiceOfTheTabsList() {
        RequestLists lists = new RequestLists();
        assertEquals(Optional.of(RequestDirectory.Scope.MINE), RequestLists.scopeNamed(lists.getMineScopes(), "all"));
        assertEquals(Optional.of(RequestDirectory.Scope.MINE_CLOSED), RequestLists.scopeNamed(lists.getMineScopes(), "closed"));
        assertEquals(Optional.of(RequestDirectory.Scope.QUEUE_ASSIGNED_TO_ME),
                RequestLists.scopeNamed(lists.getQueueScopes(), "assigned-to-me"));
        assertEquals(Optional.of(RequestDirectory.Scope.QUEUE_AT_RISK), RequestLists.scopeNamed(lists.getQueueScopes(), "at-risk"));
    }

    @Test
    void aChoiceOfAnotherListOrNoneKeepsTheTabsOwn() {
        RequestLists lists = new RequestLists();
        assertEquals(Optional.empty(), RequestLists.scopeNamed(lists.getMineScopes(), "breached"));
        assertEquals(Optional.empty(), RequestLists.scopeNamed(lists.getQueueScopes(), "all"));
        assertEquals(Optional.empty(), RequestLists.scopeNamed(lists.getMineScopes(), null));
        assertEquals(Optional.empty(), RequestLists.scopeNamed(lists.getMineScopes(), "MINE"));
    }
}
