package org.servicepact.platform.paging;

import java.util.List;

/** Where a paged list gets its rows: one query for the page, one for the count. */
public interface PageSource<T> {

    List<T> page(PageRequest request);

    long count(PageRequest request);
}
