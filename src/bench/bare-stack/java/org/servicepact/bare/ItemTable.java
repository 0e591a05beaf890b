package org.servicepact.bare;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The table page's lazy model: a page of items and their count from the database, like the portal's lists. */
@Named
@ViewScoped
public class ItemTable implements Serializable {

    @Inject
    Items items;

    private final LazyDataModel<Item> model = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) items.count();
        }

        @Override
        public List<Item> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return items.page(first, pageSize);
        }

        @Override
        public String getRowKey(Item item) {
            return String.valueOf(item.getId());
        }
    };

    public LazyDataModel<Item> getModel() {
        return model;
    }
}
