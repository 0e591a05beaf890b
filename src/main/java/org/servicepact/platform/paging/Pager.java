package org.servicepact.platform.paging;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Where a page of a list stands among its pages, for a pager of plain links: the page shown (the one asked for, or the
 * last there is when it asked for one beyond), the rows it shows and the page numbers to offer around it.
 *
 * @param asked the page asked for, counting from 1
 * @param size  rows on one page
 * @param total rows in the whole list
 */
public record Pager(int asked, int size, long total) {

    /** Page numbers offered at once, around the page shown. */
    static final int OFFERED = 7;

    public Pager {
        if (asked < 1 || size < 1 || total < 0) {
            throw new IllegalArgumentException("Pages count from 1, hold at least one row, and a list holds none or more");
        }
    }

    /** A page number as an address names it: 1 for none, for one below 1 or for what is not a number. */
    public static int pageNamed(String page) {
        try {
            return page == null ? 1 : Math.max(1, Integer.parseInt(page));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public int page() {
        return Math.min(asked, pageCount());
    }

    /** The index of the page's first row, counting from 0, as a {@link PageRequest} starts. */
    public int first() {
        return (page() - 1) * size;
    }

    /** The number of the first row shown, counting from 1 (0 for an empty list). */
    public long firstShown() {
        return total == 0 ? 0 : first() + 1L;
    }

    public long lastShown() {
        return Math.min(total, (long) page() * size);
    }

    /** Up to seven page numbers, the page shown among them, as near the middle as the ends allow. */
    public List<Integer> offered() {
        int from = Math.max(1, Math.min(page() - OFFERED / 2, pageCount() - OFFERED + 1));
        return IntStream.rangeClosed(from, Math.min(pageCount(), from + OFFERED - 1)).boxed().toList();
    }
}
