package org.servicepact.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.servicepact.organisation.application.Employees;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.servicepact.feedback.domain.Letter;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.paging.PageSource;
import org.servicepact.platform.paging.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The letter lists, each showing only what the person asking may read, paged in the database. */
@ApplicationScoped
public class LetterDirectory {

    /** Which letters a list shows. */
    public enum Scope {
        /** Letters sent to me to acknowledge (and complaints to close). */
        TO_ME,
        /** Letters I wrote. */
        WRITTEN,
        /** Letters about me: compliments at once, complaints once acknowledged. */
        ABOUT_ME,
        /** Letters about the departments I head, or about their people. */
        ABOUT_MY_DEPARTMENT
    }

    private static final SortOrder SORT = new SortOrder(Map.of("subject", "l.subject", "kind", "l.kind",
            "status", "l.status", "writtenAt", "l.writtenAt"), "l.status, l.writtenAt DESC, l.id DESC");

    private static final String SEARCH = "LOWER(l.subject) LIKE :search ESCAPE '\\' OR LOWER(d.name) LIKE :search ESCAPE '\\'";

    @PersistenceContext
    EntityManager em;

    @Inject
    Employees employees;

    public List<LetterRow> page(Scope scope, String username, PageRequest request) {
        TypedQuery<LetterRow> query = em.createQuery(LetterRow.SELECT + LetterRow.FROM + where(scope, request) + SORT.orderBy(request),
                LetterRow.class);
        bind(query, scope, username, request);
        return query.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
    }

    public long count(Scope scope, String username, PageRequest request) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(l)" + LetterRow.FROM + where(scope, request), Long.class);
        bind(query, scope, username, request);
        return query.getSingleResult();
    }

    /**
     * One scope's letters for one person, as a source for a lazy table; give it the injected (serializable)
     * directory, as the table lives as long as its view.
     */
    public static PageSource<LetterRow> source(LetterDirectory directory, Scope scope, String username) {
        return new ScopedLetters(directory, scope, username);
    }

    private record ScopedLetters(LetterDirectory directory, Scope scope, String username) implements PageSource<LetterRow>, Serializable {

        @Override
        public List<LetterRow> page(PageRequest request) {
            return directory.page(scope, username, request);
        }

        @Override
        public long count(PageRequest request) {
            return directory.count(scope, username, request);
        }
    }

    /** The letters waiting for this person (as {@link #waitingFor} counts them), the oldest first. */
    public List<LetterRow> waitingList(Employee me, int limit) {
        return em.createQuery(LetterRow.SELECT + LetterRow.FROM + " WHERE t = :me AND l.status <> :closed ORDER BY l.writtenAt, l.id",
                        LetterRow.class)
                .setParameter("me", me).setParameter("closed", Letter.Status.CLOSED)
                .setMaxResults(limit).getResultList();
    }

    /** Letters waiting for this person: to acknowledge, or complaints acknowledged but not closed. */
    public long waitingFor(String username) {
        return em.createQuery("SELECT COUNT(l) FROM Letter l WHERE l.addressee = :me AND l.status <> :closed", Long.class)
                .setParameter("me", employees.named(username)).setParameter("closed", Letter.Status.CLOSED)
                .getSingleResult();
    }

    private static String where(Scope scope, PageRequest request) {
        String byScope = switch (scope) {
            case TO_ME -> " WHERE t = :me";
            case WRITTEN -> " WHERE w = :me";
            case ABOUT_ME -> " WHERE e = :me AND (l.kind = :compliment OR l.status <> :sent)";
            case ABOUT_MY_DEPARTMENT -> " WHERE d.head = :me";
        };
        return byScope + request.andSearch(SEARCH);
    }

    private void bind(TypedQuery<?> query, Scope scope, String username, PageRequest request) {
        Employee me = employees.named(username);
        request.bindSearch(query).setParameter("me", me);
        if (scope == Scope.ABOUT_ME) {
            query.setParameter("compliment", Letter.Kind.COMPLIMENT).setParameter("sent", Letter.Status.SENT);
        }
    }
}
