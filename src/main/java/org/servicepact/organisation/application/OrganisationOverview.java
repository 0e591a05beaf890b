package org.servicepact.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.servicepact.organisation.domain.Employee;

import java.io.Serializable;
import java.util.List;

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

    /** A person on a department's reporting lines; the supervisor may work in another department. */
    public record ChartPerson(Long id, String fullName, String jobTitle, String email, String phone, Long supervisorId,
                              String supervisorName) implements Serializable {
    }

    /** Every active department with its head, in one query. */
    public List<ChartDepartment> chartDepartments() {
        return em.createQuery("SELECT NEW org.servicepact.organisation.application.OrganisationOverview.ChartDepartment("
                + "d.id, d.code, d.name, p.id, h.fullName, h.jobTitle) FROM Department d LEFT JOIN d.parent p"
                + " LEFT JOIN d.head h WHERE d.deactivatedAt IS NULL ORDER BY d.name", ChartDepartment.class).getResultList();
    }

    /** The active people of one department with their supervisors, in one query. */
    public List<ChartPerson> chartPeople(long departmentId) {
        return em.createQuery("SELECT NEW org.servicepact.organisation.application.OrganisationOverview.ChartPerson("
                        + "e.id, e.fullName, e.jobTitle, e.email, e.phone, s.id, s.fullName) FROM Employee e"
                        + " LEFT JOIN e.supervisor s WHERE e.department.id = :d AND e.deactivatedAt IS NULL ORDER BY e.fullName",
                ChartPerson.class).setParameter("d", departmentId).getResultList();
    }

    public List<DepartmentRow> departmentsHeadedBy(String username) {
        return departments.withEmployeeCounts(em.createQuery(DepartmentRow.SELECT
                        + " FROM Department d JOIN d.head h LEFT JOIN d.parent p LEFT JOIN d.calendar c"
                        + " WHERE h.username = :username AND d.deactivatedAt IS NULL ORDER BY d.name", DepartmentRow.class)
                .setParameter("username", username).getResultList());
    }
}
