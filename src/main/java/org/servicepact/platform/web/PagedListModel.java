package org.servicepact.platform.web;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.paging.PageSource;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A PrimeFaces lazy table model that pages in the database through a {@link PageSource}, with one
 * free-text search box for the whole list.
 */
public class PagedListModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final PageSource<T> source;
    private final RowKey<T> keyOf;
    private String search = "";

    /** What identifies a row; serializable so the model survives with its view. */
    @FunctionalInterface
    public interface RowKey<T> extends Function<T, Object>, Serializable {
    }

    /** {@code source} should be a serializable (CDI) proxy, as the model lives as long as its view. */
    public PagedListModel(PageSource<T> source, RowKey<T> keyOf) {
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
