package org.servicepact.platform.paging;

import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * One list's two queries, the page and the count, built from the same clause "FROM Entity alias WHERE …":
 * the count counts the first alias; the clause
 * takes the search text as the parameter {@code :search} (a LIKE pattern), the order comes from a
 * whitelist. Nothing a user typed is concatenated into the JPQL.
 */
public final class JpqlPage<T> {

    private final Class<T> rowType;
    private final String select;
    private final String fromWhere;
    private final SortOrder sort;

    public JpqlPage(Class<T> rowType, String select, String fromWhere, SortOrder sort) {
        this.rowType = rowType;
        this.select = select;
        this.fromWhere = fromWhere;
        this.sort = sort;
    }

    public List<T> page(EntityManager em, PageRequest request) {
        return em.createQuery(select + fromWhere + sort.orderBy(request), rowType)
                .setParameter("search", request.searchPattern())
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();
    }

    public long count(EntityManager em, PageRequest request) {
        String alias = fromWhere.trim().split("\\s+")[2];
        return em.createQuery("SELECT COUNT(" + alias + ")" + fromWhere, Long.class)
                .setParameter("search", request.searchPattern())
                .getSingleResult();
    }
}
