package org.servicepact.platform.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.paging.PageSource;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A PrimeFaces lazy table model that pages in the database through a {@link PageSource}, with one
 * free-text search box for the whole list.
 */
public class PagedListModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient PageSource<T> source;
    private final transient Function<T, Object> keyOf;
    private String search = "";

    public PagedListModel(PageSource<T> source, Function<T, Object> keyOf) {
        this.source = source;
        this.keyOf = keyOf;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(source.count(new PageRequest(0, 1, null, true, search)));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        PageRequest request = new PageRequest(first, Math.max(pageSize, 1),
                sort == null ? null : sort.getField(),
                sort == null || sort.getOrder() != org.primefaces.model.SortOrder.DESCENDING, search);
        return source.page(request);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(keyOf.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : getWrappedData().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search == null ? "" : search;
    }
}
