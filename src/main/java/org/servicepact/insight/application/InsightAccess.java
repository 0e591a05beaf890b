package org.servicepact.insight.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.servicepact.organisation.application.Option;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.domain.Role;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.rules.RuleViolation;

import java.util.List;
import java.util.Optional;

/**
 * Who may see which report (shared/DOMAIN.md, roles): HR the whole organisation, in aggregates only; a
 * department head the dashboards and ties of the departments they head; nobody else any of it.
 */
@ApplicationScoped
public class InsightAccess {

    @PersistenceContext
    EntityManager em;

    /**
     * The departments whose dashboard the person may open (every active one for HR, else those they head) whose name
     * or code contains the text (all when it is blank), by name, at most {@code limit}: for the reports' department
     * picker, as an organisation may have thousands.
     */
    public List<Option> findDepartmentsFor(String username, String text, int limit) {
        PageRequest search = new PageRequest(0, limit, null, true, text);
        boolean hr = isHr(username);
        TypedQuery<Object[]> query = search.bindSearch(em.createQuery("SELECT d.id, d.name, d.code FROM Department d"
                + " WHERE d.deactivatedAt IS NULL" + (hr ? "" : " AND d.head.username = :username")
                + search.andSearch("LOWER(d.name) LIKE :search ESCAPE '\\' OR LOWER(d.code) LIKE :search ESCAPE '\\'")
                + " ORDER BY d.name, d.id", Object[].class));
        if (!hr) {
            query.setParameter("username", username);
        }
        return query.setMaxResults(limit).getResultStream().map(row -> new Option((Long) row[0], row[1] + " (" + row[2] + ")")).toList();
    }

    /** The first of those departments by name, the dashboard's own when none is asked for; empty for nobody's. */
    public Optional<Long> firstDepartmentFor(String username) {
        return findDepartmentsFor(username, "", 1).stream().map(Option::id).findFirst();
    }

    public boolean isHr(String username) {
        return employee(username).getGrantedRoles().contains(Role.HR);
    }

    /** Whether the person heads this department. */
    public boolean heads(String username, long departmentId) {
        return em.createQuery("SELECT COUNT(d) FROM Department d WHERE d.id = :id AND d.head.username = :username", Long.class)
                .setParameter("id", departmentId).setParameter("username", username).getSingleResult() > 0;
    }

    /**
     * Refuses a department's dashboard to anyone but HR and the department's head, and to HR a department that is not
     * there (an external party has no dashboard); a head asking for another department is refused without being told
     * whether it exists.
     */
    public void requireDepartment(String username, long departmentId) {
        if (!isHr(username) && !heads(username, departmentId)) {
            throw RuleViolation.ofForm("insight.notYours");
        }
        if (em.createQuery("SELECT COUNT(d) FROM Department d WHERE d.id = :id", Long.class).setParameter("id", departmentId)
                .getSingleResult() == 0) {
            throw RuleViolation.ofForm("record.gone");
        }
    }

    /** Refuses a tie to anyone but HR and the heads of its two parties. */
    public void requireTie(String username, long oneParty, long otherParty) {
        if (!isHr(username) && !heads(username, oneParty) && !heads(username, otherParty)) {
            throw RuleViolation.ofForm("insight.notYours");
        }
    }

    public void requireHr(String username) {
        if (!isHr(username)) {
            throw RuleViolation.ofForm("insight.hrOnly");
        }
    }

    private Employee employee(String username) {
        return em.createNamedQuery(Employee.BY_USERNAME, Employee.class).setParameter("username", Employee.usernameKey(username))
                .getResultStream().findFirst().orElseThrow(() -> RuleViolation.ofForm("employee.notFound"));
    }
}
