package org.servicepact.bare;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** Reads a page of items, as a lazy table or a JSON list would. */
@Stateless
public class Items {

    @PersistenceContext
    EntityManager em;

    public List<Item> page(int first, int size) {
        return em.createQuery("SELECT i FROM Item i ORDER BY i.createdAt DESC", Item.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(i) FROM Item i", Long.class).getSingleResult();
    }

    public void add(Item item) {
        em.persist(item);
    }
}
