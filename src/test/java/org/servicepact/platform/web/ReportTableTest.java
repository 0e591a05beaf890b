package org.servicepact.platform.web;

import org.junit.jupiter.api.Test;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.paging.PageSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A report table paged, sorted and exported by its page's address. */
class ReportTableTest {

    record Tie(String provider, long requests) {
    }

    private static final List<Tie> TIES = IntStream.rangeClosed(1, 45).mapToObj(i -> new Tie("Dept " + i, i % 7)).toList();

    private static List<ReportColumn<Tie>> columns() {
        return List.of(
                ReportColumn.<Tie>text("Provider", Tie::provider).sortable("provider", Comparator.comparing(Tie::provider)),
                ReportColumn.<Tie>figures("Requests", t -> String.valueOf(t.requests()))
                        .sortable("requests", Comparator.comparingLong(Tie::requests)),
                ReportColumn.cells("Health", true, t -> new ReportCell("80", "/insight/tie.xhtml?a=" + t.requests(), "portal-health")));
    }

    private static ReportTables page(Map<String, String> parameters) {
        return new ReportTables("/insight/culture.xhtml", Map.of("from", "2026-06"), parameters);
    }

    @Test
    void aTableShowsThePageItsAddressNamesAndOffersTheOthersByAddress() {
        ReportTable<Tie> ties = ReportTable.of(page(Map.of("tiesPage", "2")), "ties", columns(), TIES).perPage(20);
        assertEquals(2, ties.getPager().page());
        assertEquals(20, ties.getRows().size());
        assertEquals("Dept 21", ties.getRows().get(0).get(0).text());
        assertEquals("/insight/culture.xhtml?from=2026-06&tiesPage=3", ties.pageAddress(3));
        assertEquals("/insight/culture.xhtml?from=2026-06", ties.pageAddress(1), "the first page is the page's own address");
    }

    @Test
    void aPageBeyondTheLastShowsTheLastAndWhatIsNotANumberTheFirst() {
        assertEquals(3, ReportTable.of(page(Map.of("tiesPage", "99")), "ties", columns(), TIES).perPage(20).getPager().page());
        assertEquals(1, ReportTable.of(page(Map.of("tiesPage", "x")), "ties", columns(), TIES).perPage(20).getPager().page());
        assertEquals(1, ReportTable.of(page(Map.of("tiesPage", "-4")), "ties", columns(), TIES).perPage(20).getPager().page());
    }

    @Test
    void aSortableHeadingSortsByAddressAscendingFirstThenTheOtherWay() {
        ReportTables page = page(Map.of("tiesSort", "requests", "tiesOrder", "desc", "tiesPage", "2"));
        ReportTable<Tie> ties = ReportTable.of(page, "ties", columns(), TIES).perPage(20);
        ReportColumn<Tie> requests = ties.getColumns().get(1);
        assertEquals("descending", ties.sortState(requests));
        assertEquals("none", ties.sortState(ties.getColumns().get(0)));
        assertEquals("3", ties.getRows().get(0).get(1).text(), "the second page, most requests first: 6, 5 and 4 fill the first");
        assertEquals("/insight/culture.xhtml?from=2026-06&tiesSort=requests", ties.sortAddress(requests), "from the first page, ascending");
        assertEquals("/insight/culture.xhtml?from=2026-06&tiesSort=provider", ties.sortAddress(ties.getColumns().get(0)));
    }

    @Test
    void aColumnNotSortableOrUnknownLeavesTheRowsInTheirOrder() {
        ReportTable<Tie> ties = ReportTable.of(page(Map.of("tiesSort", "health' OR 1=1")), "ties", columns(), TIES);
        assertEquals("Dept 1", ties.getRows().get(0).get(0).text());
        assertNull(ties.getSort());
        assertEquals(45, ties.getRows().size(), "without a page size every row on one page");
    }

    @Test
    void theLinksOfOneTableKeepHowTheOthersAreShown() {
        ReportTables page = page(Map.of("tiesPage", "2", "hotSpotsSort", "provider", "hotSpotsOrder", "desc"));
        ReportTable<Tie> ties = ReportTable.of(page, "ties", columns(), TIES).perPage(20);
        ReportTable<Tie> hotSpots = ReportTable.of(page, "hotSpots", columns(), TIES).perPage(15);
        assertEquals("/insight/culture.xhtml?from=2026-06&tiesPage=3&hotSpotsSort=provider&hotSpotsOrder=desc", ties.pageAddress(3));
        assertEquals("/insight/culture.xhtml?from=2026-06&tiesPage=2&hotSpotsSort=provider&hotSpotsOrder=desc&hotSpotsPage=2",
                hotSpots.pageAddress(2));
        assertEquals("/insight/culture.xhtml?from=2026-06&hotSpotsSort=provider&hotSpotsOrder=desc&export=hotSpots&format=csv",
                hotSpots.exportAddress("csv"), "an export is of every row, in the order shown");
    }

    @Test
    void whatThePageKeepsIsWrittenSafelyIntoItsLinks() {
        ReportTables page = new ReportTables("/insight/tie.xhtml", java.util.Collections.singletonMap("q", "a&b=c d"), Map.of());
        assertEquals("/insight/tie.xhtml?q=a%26b%3Dc+d", ReportTable.of(page, "directions", columns(), TIES).pageAddress(1));
    }

    @Test
    void aCellIsShownWithItsColumnsHeadingLinkAndLook() {
        ReportTable.ShownCell health = ReportTable.of(page(Map.of()), "ties", columns(), TIES).getRows().get(2).get(2);
        assertEquals(new ReportTable.ShownCell("Health", "80", "/insight/tie.xhtml?a=3", "portal-health", true), health);
    }

    @Test
    void anExportHoldsEveryRowInTheOrderShownAndReadsASourcePagedInTheDatabaseAChunkAtATime() {
        assertEquals(45, ReportTable.of(page(Map.of("tiesPage", "2")), "ties", columns(), TIES).perPage(20).exportRows().size());
        List<PageRequest> asked = new ArrayList<>();
        PageSource<Tie> source = new PageSource<>() {
            @Override
            public List<Tie> page(PageRequest request) {
                asked.add(request);
                return IntStream.range(request.first(), Math.min(1_203, request.first() + request.size()))
                        .mapToObj(i -> new Tie("Letter " + i, i)).toList();
            }

            @Override
            public long count(PageRequest request) {
                return 1_203;
            }
        };
        List<ReportColumn<Tie>> plain = List.of(ReportColumn.text("Subject", Tie::provider));
        List<List<String>> rows = ReportTable.paged(page(Map.of()), "letters", plain, source).perPage(8).exportRows();
        assertEquals(1_203, rows.size());
        assertEquals("Letter 1202", rows.get(1_202).get(0));
        assertEquals(List.of(0, 500, 1_000), asked.stream().map(PageRequest::first).toList());
        assertTrue(asked.stream().allMatch(request -> request.size() == ReportTable.EXPORT_CHUNK));
    }

    @Test
    void aTableShownFromTheDatabaseReadsOnlyItsPage() {
        List<PageRequest> asked = new ArrayList<>();
        PageSource<Tie> source = new PageSource<>() {
            @Override
            public List<Tie> page(PageRequest request) {
                asked.add(request);
                return List.of(new Tie("Letter", 1));
            }

            @Override
            public long count(PageRequest request) {
                return 30;
            }
        };
        ReportTable<Tie> letters = ReportTable.paged(page(Map.of("lettersPage", "4")), "letters",
                List.of(ReportColumn.text("Subject", Tie::provider)), source).perPage(8);
        assertEquals(1, letters.getRows().size());
        assertEquals(List.of(new PageRequest(24, 8, null, true, "")), asked);
    }

    @Test
    void aTableIsNamedOncePerPageAndOneFromTheDatabaseIsNotSortedHere() {
        ReportTables page = page(Map.of());
        ReportTable.of(page, "ties", columns(), TIES);
        assertThrows(IllegalArgumentException.class, () -> ReportTable.of(page, "ties", columns(), TIES));
        assertThrows(IllegalArgumentException.class, () -> ReportTable.paged(page, "letters", columns(), null));
    }
}
