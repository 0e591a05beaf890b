package org.servicepact.platform.paging;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PagerTest {

    @Test
    void anEmptyListIsOnePageShowingNothing() {
        Pager empty = new Pager(1, 15, 0);
        assertEquals(1, empty.pageCount());
        assertEquals(0, empty.first());
        assertEquals(0, empty.firstShown());
        assertEquals(0, empty.lastShown());
        assertEquals(List.of(1), empty.offered());
    }

    @Test
    void aPageInTheMiddleShowsItsRowsAndTheNumbersAroundIt() {
        Pager middle = new Pager(6, 15, 200);
        assertEquals(14, middle.pageCount());
        assertEquals(75, middle.first());
        assertEquals(76, middle.firstShown());
        assertEquals(90, middle.lastShown());
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9), middle.offered());
    }

    @Test
    void theLastPageShowsWhatIsLeftAndAPageBeyondItIsTheLast() {
        assertEquals(196, new Pager(14, 15, 200).firstShown());
        assertEquals(200, new Pager(14, 15, 200).lastShown());
        Pager beyond = new Pager(Integer.MAX_VALUE, 15, 200);
        assertEquals(14, beyond.page());
        assertEquals(195, beyond.first());
        assertEquals(List.of(8, 9, 10, 11, 12, 13, 14), beyond.offered());
    }

    @Test
    void nearTheStartTheNumbersBeginAtOneAndAShortListOffersAllItsPages() {
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), new Pager(2, 15, 200).offered());
        assertEquals(List.of(1, 2, 3), new Pager(3, 15, 31).offered());
        assertEquals(1, new Pager(1, 15, 15).pageCount());
        assertEquals(2, new Pager(1, 15, 16).pageCount());
    }

    @Test
    void aPageBeforeTheFirstIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Pager(0, 15, 10));
        assertThrows(IllegalArgumentException.class, () -> new Pager(1, 0, 10));
    }
}
