package org.servicepact.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.paging.SortOrder;
import org.servicepact.request.domain.RequestStatus;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** The request lists: mine, and my department's queue as provider, paged in the database. */
@ApplicationScoped
public class RequestDirectory {

    /** Which requests a list shows. */
    public enum Scope {
        /** The requests I logged. */
        MINE,
        /** ...of them, those still open. */
        MINE_OPEN,
        /** ...of them, those resolved, closed, declined, cancelled or handed on. */
        MINE_CLOSED,
        /** My department's open requests as provider. */
        QUEUE_OPEN,
        /** ...of them, those nobody has taken yet. */
        QUEUE_UNASSIGNED,
        /** ...of them, those assigned to me. */
        QUEUE_ASSIGNED_TO_ME,
        /** ...of them, those past 75 % of their resolution target but not yet due. */
        QUEUE_AT_RISK,
        /** ...of them, those past their resolution due time. */
        QUEUE_BREACHED
    }

    /**
     * Whose lists: the person and their department, by id, as the caller already knows them for the request (the
     * lists bound the entities before, and looked the person and their department up again for every COUNT and page).
     */
    public record Viewer(long employeeId, long departmentId) implements Serializable {

        public static Viewer of(Employee person) {
            return new Viewer(person.getId(), person.getDepartment().getId());
        }
    }

    private static final String SEARCH = "LOWER(r.title) LIKE :search ESCAPE '\\' OR LOWER(p.name) LIKE :search ESCAPE '\\'";
    private static final Map<String, String> SORTABLE = Map.of("title", "r.title", "priority", "r.priority",
            "status", "r.status", "submittedAt", "r.submittedAt", "resolutionDue", "r.resolutionDue");
    /** A queue is worked by urgency: what comes due first, first. */
    private static final SortOrder QUEUE_ORDER = new SortOrder(SORTABLE, "r.resolutionDue, r.id");
    /** My own requests, newest first. */
    private static final SortOrder MINE_ORDER = new SortOrder(SORTABLE, "r.submittedAt DESC, r.id DESC");

    private static final List<RequestStatus> OPEN = List.copyOf(EnumSet.of(RequestStatus.NEW, RequestStatus.IN_PROGRESS,
            RequestStatus.WAITING_ON_REQUESTER));

    @PersistenceContext
    EntityManager em;

    @Inject
    Employees employees;

    @Inject
    Clock clock;

    /** The lists' viewer for a username (the API's caller); refused with a message when there is no such person. */
    public Viewer viewer(String username) {
        return Viewer.of(employees.named(username));
    }

    public List<RequestRow> page(Scope scope, Viewer viewer, PageRequest request) {
        TypedQuery<RequestRow> query = em.createQuery(RequestRow.SELECT + where(scope, request) + orderOf(scope).orderBy(request),
                RequestRow.class);
        bind(query, scope, viewer, request);
        Instant now = clock.instant();
        return query.setFirstResult(request.first()).setMaxResults(request.size()).getResultList().stream()
                .map(row -> row.readAt(now)).toList();
    }

    public long count(Scope scope, Viewer viewer, PageRequest request) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(r) FROM PeerRequest r JOIN r.provider p JOIN r.consumer c"
                + " JOIN r.requester q LEFT JOIN r.assignee a" + where(scope, request), Long.class);
        bind(query, scope, viewer, request);
        return query.getSingleResult();
    }

    private static boolean isMine(Scope scope) {
        return scope == Scope.MINE || scope == Scope.MINE_OPEN || scope == Scope.MINE_CLOSED;
    }

    private static SortOrder orderOf(Scope scope) {
        return isMine(scope) ? MINE_ORDER : QUEUE_ORDER;
    }

    private static String where(Scope scope, PageRequest request) {
        String byScope = switch (scope) {
            case MINE -> " WHERE q.id = :me";
            case MINE_OPEN -> " WHERE q.id = :me AND r.status IN :open";
            case MINE_CLOSED -> " WHERE q.id = :me AND r.status NOT IN :open";
            case QUEUE_OPEN -> " WHERE p.id = :department AND r.status IN :open";
            case QUEUE_UNASSIGNED -> " WHERE p.id = :department AND r.status IN :open AND a IS NULL";
            case QUEUE_ASSIGNED_TO_ME -> " WHERE p.id = :department AND r.status IN :open AND a.id = :me";
            case QUEUE_AT_RISK -> " WHERE p.id = :department AND r.status IN :open AND r.resolutionWarnAt <= :now"
                    + " AND r.resolutionDue > :now";
            case QUEUE_BREACHED -> " WHERE p.id = :department AND r.status IN :open AND r.resolutionDue <= :now";
        };
        return byScope + request.andSearch(SEARCH);
    }

    private void bind(TypedQuery<?> query, Scope scope, Viewer viewer, PageRequest request) {
        request.bindSearch(query);
        if (isMine(scope)) {
            query.setParameter("me", viewer.employeeId());
            if (scope != Scope.MINE) {
                query.setParameter("open", OPEN);
            }
            return;
        }
        query.setParameter("department", viewer.departmentId()).setParameter("open", OPEN);
        if (scope == Scope.QUEUE_ASSIGNED_TO_ME) {
            query.setParameter("me", viewer.employeeId());
        }
        if (scope == Scope.QUEUE_AT_RISK || scope == Scope.QUEUE_BREACHED) {
            query.setParameter("now", clock.instant());
        }
    }
}
