package org.servicepact.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.servicepact.organisation.domain.Employee;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Read-only views of the organisation for home pages and the organisation chart. */
@ApplicationScoped
public class OrganisationOverview {

    @PersistenceContext
    EntityManager em;

    @Inject
    Departments departments;

    /** How big the organisation is: active departments and employees. */
    public record Size(long departments, long employees) implements Serializable {
    }

    public Size size() {
        return new Size(
                em.createQuery("SELECT COUNT(d) FROM Department d WHERE d.deactivatedAt IS NULL", Long.class).getSingleResult(),
                em.createQuery("SELECT COUNT(e) FROM Employee e WHERE e.deactivatedAt IS NULL", Long.class).getSingleResult());
    }

    /** A department on the organisation chart. */
    public record ChartDepartment(Long id, String code, String name, Long parentId, String headName, String headTitle)
            implements Serializable {
    }

    /**
     * A person on a department's reporting lines; the supervisor may work in another department. {@code reports}
     * counts the person's active direct reports in the same department: the people shown under them.
     */
    public record ChartPerson(Long id, String fullName, String jobTitle, String email, String phone, Long supervisorId,
                              String supervisorName, long reports) implements Serializable {

        /** As the query reads a person, before their reports are counted. */
        public ChartPerson(Long id, String fullName, String jobTitle, String email, String phone, Long supervisorId,
                           String supervisorName) {
            this(id, fullName, jobTitle, email, phone, supervisorId, supervisorName, 0);
        }

        ChartPerson withReports(long count) {
            return new ChartPerson(id, fullName, jobTitle, email, phone, supervisorId, supervisorName, count);
        }
    }

    private static final String CHART_PEOPLE = "SELECT NEW org.servicepact.organisation.application.OrganisationOverview.ChartPerson("
            + "e.id, e.fullName, e.jobTitle, e.email, e.phone, s.id, s.fullName) FROM Employee e LEFT JOIN e.supervisor s"
            + " WHERE e.department.id = :d AND e.deactivatedAt IS NULL";

    /** Whose supervisor is no active member of the department: the people at the top of its lines. */
    private static final String AT_THE_TOP = " AND (s IS NULL OR s.department.id <> :d OR s.deactivatedAt IS NOT NULL)";

    /** Every active department with its head, in one query. */
    public List<ChartDepartment> chartDepartments() {
        return em.createQuery("SELECT NEW org.servicepact.organisation.application.OrganisationOverview.ChartDepartment("
                + "d.id, d.code, d.name, p.id, h.fullName, h.jobTitle) FROM Department d LEFT JOIN d.parent p"
                + " LEFT JOIN d.head h WHERE d.deactivatedAt IS NULL ORDER BY d.name", ChartDepartment.class).getResultList();
    }

    /** How many active people work in the department. */
    public long chartHeadcount(long departmentId) {
        return em.createQuery("SELECT COUNT(e) FROM Employee e WHERE e.department.id = :d AND e.deactivatedAt IS NULL", Long.class)
                .setParameter("d", departmentId).getSingleResult();
    }

    /** The active people of one department with their supervisors, in one query: for a department shown whole. */
    public List<ChartPerson> chartPeople(long departmentId) {
        List<ChartPerson> people = em.createQuery(CHART_PEOPLE + " ORDER BY e.fullName, e.id", ChartPerson.class)
                .setParameter("d", departmentId).getResultList();
        Map<Long, Long> reports = new HashMap<>();
        people.forEach(person -> reports.merge(person.supervisorId(), 1L, Long::sum));
        return people.stream().map(person -> person.withReports(reports.getOrDefault(person.id(), 0L))).toList();
    }

    /** The first {@code atMost} people at the top of the department's lines, by name. */
    public List<ChartPerson> chartTopOfLines(long departmentId, int atMost) {
        return withReports(departmentId, em.createQuery(CHART_PEOPLE + AT_THE_TOP + " ORDER BY e.fullName, e.id", ChartPerson.class)
                .setParameter("d", departmentId).setMaxResults(atMost).getResultList());
    }

    /** How many people are at the top of the department's lines. */
    public long chartTopOfLinesCount(long departmentId) {
        return em.createQuery("SELECT COUNT(e) FROM Employee e LEFT JOIN e.supervisor s WHERE e.department.id = :d"
                + " AND e.deactivatedAt IS NULL" + AT_THE_TOP, Long.class).setParameter("d", departmentId).getSingleResult();
    }

    /** The first {@code atMost} of a person's direct reports in the department, by name. */
    public List<ChartPerson> chartDirectReports(long departmentId, long supervisorId, int atMost) {
        return withReports(departmentId, em.createQuery(CHART_PEOPLE + " AND e.supervisor.id = :s ORDER BY e.fullName, e.id", ChartPerson.class)
                .setParameter("d", departmentId).setParameter("s", supervisorId).setMaxResults(atMost).getResultList());
    }

    /**
     * The people with their reports counted in one more query. (Counted for the page of people read, not in their
     * query: a count per row there was made for every person of the department before the page was cut.)
     */
    private List<ChartPerson> withReports(long departmentId, List<ChartPerson> people) {
        if (people.isEmpty()) {
            return people;
        }
        Map<Long, Long> reports = new HashMap<>();
        em.createQuery("SELECT r.supervisor.id, COUNT(r) FROM Employee r WHERE r.supervisor.id IN :people"
                        + " AND r.department.id = :d AND r.deactivatedAt IS NULL GROUP BY r.supervisor.id", Object[].class)
                .setParameter("people", people.stream().map(ChartPerson::id).toList()).setParameter("d", departmentId)
                .getResultList().forEach(row -> reports.put((Long) row[0], (Long) row[1]));
        return people.stream().map(person -> person.withReports(reports.getOrDefault(person.id(), 0L))).toList();
    }

    public List<DepartmentRow> departmentsHeadedBy(String username) {
        return departments.withEmployeeCounts(em.createQuery(DepartmentRow.SELECT
                        + " FROM Department d JOIN d.head h LEFT JOIN d.parent p LEFT JOIN d.calendar c"
                        + " WHERE h.username = :username AND d.deactivatedAt IS NULL ORDER BY d.name", DepartmentRow.class)
                .setParameter("username", username).getResultList());
    }
}
