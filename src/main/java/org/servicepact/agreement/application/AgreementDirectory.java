package org.servicepact.agreement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.servicepact.agreement.domain.Actor;
import org.servicepact.agreement.domain.Agreement;
import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.agreement.domain.VersionStatus;
import org.servicepact.organisation.application.Option;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.paging.SortOrder;
import org.servicepact.platform.rules.RuleViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading agreements: the searchable list every employee sees, a head's pending decisions, one agreement whole. */
@ApplicationScoped
public class AgreementDirectory {

    private static final SortOrder SORT = new SortOrder(Map.of("title", "a.title", "kind", "a.kind",
            "providerName", "p.name", "consumerName", "c.name", "latestStatus", "v.status", "reviewDate", "v.reviewDate"),
            "a.title, a.id");

    private static final int PAST_REVIEW_SHOWN = 20;
    /** The departments the person bound to {@code :me} heads, asked inside the query that needs them, not before it. */
    private static final String HEADED_BY_ME = "(SELECT d.id FROM Department d WHERE d.head = :me)";

    @PersistenceContext
    EntityManager em;

    /** One page of agreements matching the search text (title or party) and the filter. */
    public List<AgreementRow> page(PageRequest request, AgreementFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        where(request, filter, conditions, parameters);
        TypedQuery<AgreementRow> query = em.createQuery("SELECT NEW org.servicepact.agreement.application.AgreementRow("
                + "a.id, a.title, a.kind, p.name, c.name, v.number, v.status, v.effectiveFrom, v.reviewDate, a.terminatedAt)"
                + FROM + String.join(" AND ", conditions) + SORT.orderBy(request), AgreementRow.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
    }

    public long count(PageRequest request, AgreementFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        where(request, filter, conditions, parameters);
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(a)" + FROM + String.join(" AND ", conditions), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static final String FROM = " FROM Agreement a JOIN a.provider p JOIN a.consumer c JOIN a.versions v WHERE ";

    /** Conditions from a fixed list, values only as parameters: nothing typed is concatenated into JPQL. */
    private static void where(PageRequest request, AgreementFilter filter, List<String> conditions, Map<String, Object> parameters) {
        conditions.add("v.number = (SELECT MAX(l.number) FROM AgreementVersion l WHERE l.agreement = a)");
        if (request.searches()) {
            conditions.add("(LOWER(a.title) LIKE :search ESCAPE '\\' OR LOWER(p.name) LIKE :search ESCAPE '\\'"
                    + " OR LOWER(c.name) LIKE :search ESCAPE '\\')");
            parameters.put("search", request.searchPattern());
        }
        if (filter.getPartyId() != null) {
            conditions.add("(p.id = :party OR c.id = :party)");
            parameters.put("party", filter.getPartyId());
        }
        if (filter.getKind() != null) {
            conditions.add("a.kind = :kind");
            parameters.put("kind", filter.getKind());
        }
        if (filter.getStatus() != null) {
            conditions.add("EXISTS (SELECT s FROM AgreementVersion s WHERE s.agreement = a AND s.status = :status)");
            parameters.put("status", filter.getStatus());
        }
        if (filter.getService() != null && !filter.getService().isBlank()) {
            conditions.add("EXISTS (SELECT o FROM OfferedService o WHERE o.agreementVersion.agreement = a"
                    + " AND LOWER(o.name) LIKE :service ESCAPE '\\')");
            parameters.put("service", new PageRequest(0, 1, null, true, filter.getService()).searchPattern());
        }
    }

    /** Proposals on which the actor's side has not decided yet (every open proposal, for an administrator). */
    public List<AgreementRow> waitingForDecision(Actor actor) {
        String mine = actor.admin() ? "" : " AND ((p.id IN " + HEADED_BY_ME + " AND v.providerAcceptedAt IS NULL)"
                + " OR (c.id IN " + HEADED_BY_ME + " AND v.consumerAcceptedAt IS NULL))";
        TypedQuery<AgreementRow> query = em.createQuery("SELECT NEW org.servicepact.agreement.application.AgreementRow("
                + "a.id, a.title, a.kind, p.name, c.name, v.number, v.status, v.effectiveFrom, v.reviewDate, a.terminatedAt)"
                + " FROM Agreement a JOIN a.provider p JOIN a.consumer c JOIN a.versions v WHERE v.status = :proposed"
                + mine + " ORDER BY a.title", AgreementRow.class).setParameter("proposed", VersionStatus.PROPOSED);
        if (!actor.admin()) {
            query.setParameter("me", actor.employee());
        }
        return query.getResultList();
    }

    /** Active agreements of the departments this person heads whose review date has passed, the longest overdue first. */
    public List<AgreementRow> pastReview(Employee head, LocalDate today) {
        return em.createQuery("SELECT NEW org.servicepact.agreement.application.AgreementRow("
                        + "a.id, a.title, a.kind, p.name, c.name, v.number, v.status, v.effectiveFrom, v.reviewDate, a.terminatedAt)"
                        + " FROM Agreement a JOIN a.provider p JOIN a.consumer c JOIN a.versions v WHERE v.status = :active"
                        + " AND v.reviewDate < :today AND (p.id IN " + HEADED_BY_ME + " OR c.id IN " + HEADED_BY_ME + ")"
                        + " ORDER BY v.reviewDate, a.id",
                        AgreementRow.class)
                .setParameter("active", VersionStatus.ACTIVE).setParameter("today", today).setParameter("me", head)
                .setMaxResults(PAST_REVIEW_SHOWN).getResultList();
    }

    /**
     * Active parties (departments and external parties) whose name contains the text (all when it is blank), by
     * name, at most {@code limit}: the other side of a new agreement.
     */
    public List<Option> findParties(String text, int limit) {
        PageRequest search = new PageRequest(0, limit, null, true, text);
        return search.bindSearch(em.createQuery("SELECT p.id, p.name FROM Party p WHERE p.deactivatedAt IS NULL"
                        + search.andSearch("LOWER(p.name) LIKE :search ESCAPE '\\'") + " ORDER BY p.name, p.id", Object[].class))
                .setMaxResults(limit).getResultStream().map(AgreementDirectory::party).toList();
    }

    /** The active party with this id as the picker shows it, or null. */
    public Option party(long id) {
        return em.createQuery("SELECT p.id, p.name FROM Party p WHERE p.id = :id AND p.deactivatedAt IS NULL", Object[].class)
                .setParameter("id", id).getResultStream().map(AgreementDirectory::party).findFirst().orElse(null);
    }

    private static Option party(Object[] row) {
        return new Option((Long) row[0], (String) row[1]);
    }

    /**
     * Versions that can serve as a template for a new agreement (the active version of each) whose agreement's title
     * contains the text (all when it is blank), by title, at most {@code limit}.
     */
    public List<Option> findTemplates(String text, int limit) {
        PageRequest search = new PageRequest(0, limit, null, true, text);
        return search.bindSearch(em.createQuery("SELECT v.id, a.title, v.number FROM AgreementVersion v JOIN v.agreement a"
                        + " WHERE v.status = :active" + search.andSearch("LOWER(a.title) LIKE :search ESCAPE '\\'")
                        + " ORDER BY a.title, v.id", Object[].class))
                .setParameter("active", VersionStatus.ACTIVE).setMaxResults(limit)
                .getResultStream().map(AgreementDirectory::template).toList();
    }

    /** The template with this id (an active version) as the picker shows it, or null. */
    public Option template(long id) {
        return em.createQuery("SELECT v.id, a.title, v.number FROM AgreementVersion v JOIN v.agreement a"
                        + " WHERE v.id = :id AND v.status = :active", Object[].class)
                .setParameter("id", id).setParameter("active", VersionStatus.ACTIVE)
                .getResultStream().map(AgreementDirectory::template).findFirst().orElse(null);
    }

    private static Option template(Object[] row) {
        return new Option((Long) row[0], row[1] + " (version " + row[2] + ")");
    }

    /** The whole agreement, with its versions, their content and its history, ready to be read. */
    public Agreement agreement(long id) {
        List<Agreement> found = em.createQuery("SELECT a FROM Agreement a LEFT JOIN FETCH a.versions WHERE a.id = :id",
                Agreement.class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw RuleViolation.ofForm("record.gone");
        }
        Agreement agreement = found.get(0);
        agreement.getVersions().forEach(AgreementDirectory::loadContent);
        agreement.getEvents().forEach(event -> {
            if (event.getActor() != null) {
                event.getActor().getFullName();
            }
        });
        agreement.getProvider().getName();
        agreement.getConsumer().getName();
        return agreement;
    }

    /** The whole agreement that the version belongs to. */
    public Agreement agreementOfVersion(long versionId) {
        AgreementVersion version = em.find(AgreementVersion.class, versionId);
        if (version == null) {
            throw RuleViolation.ofForm("record.gone");
        }
        return agreement(version.getAgreement().getId());
    }

    private static void loadContent(AgreementVersion version) {
        version.getServices().size();
        version.getCommitments().size();
    }
}
