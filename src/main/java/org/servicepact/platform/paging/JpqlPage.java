package org.servicepact.platform.paging;

import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * One list's two queries, the page and the count, built from the same clause "FROM Entity alias JOIN …" and
 * the list's search condition, which takes the typed text as the parameter {@code :search} (a LIKE pattern) and
 * joins the query only when something was typed ({@link PageRequest#searches()}); the count counts the first
 * alias; the order comes from a whitelist. Nothing a user typed is concatenated into the JPQL.
 */
public final class JpqlPage<T> {

    private final Class<T> rowType;
    private final String select;
    private final String from;
    private final String searchCondition;
    private final SortOrder sort;

    public JpqlPage(Class<T> rowType, String select, String from, String searchCondition, SortOrder sort) {
        this.rowType = rowType;
        this.select = select;
        this.from = from;
        this.searchCondition = searchCondition;
        this.sort = sort;
    }

    public List<T> page(EntityManager em, PageRequest request) {
        return request.bindSearch(em.createQuery(select + from + request.whereSearch(searchCondition) + sort.orderBy(request), rowType))
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
    }

    public long count(EntityManager em, PageRequest request) {
        String alias = from.trim().split("\\s+")[2];
        return request.bindSearch(em.createQuery("SELECT COUNT(" + alias + ")" + from + request.whereSearch(searchCondition), Long.class))
                .getSingleResult();
    }
}
