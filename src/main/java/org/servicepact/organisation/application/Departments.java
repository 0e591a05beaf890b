package org.servicepact.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.calendar.domain.BusinessCalendar;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.persistence.Records;
import org.servicepact.platform.paging.JpqlPage;
import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.paging.PageSource;
import org.servicepact.platform.paging.SortOrder;
import org.servicepact.platform.rules.FormValidation;
import org.servicepact.platform.rules.RuleViolation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Creating, changing, listing and deactivating departments. */
@ApplicationScoped
public class Departments implements PageSource<DepartmentRow> {

    private static final JpqlPage<DepartmentRow> LIST = new JpqlPage<>(DepartmentRow.class, DepartmentRow.SELECT,
            " FROM Department d LEFT JOIN d.parent p LEFT JOIN d.head h LEFT JOIN d.calendar c",
            "LOWER(d.code) LIKE :search ESCAPE '\\' OR LOWER(d.name) LIKE :search ESCAPE '\\'"
                    + " OR LOWER(h.fullName) LIKE :search ESCAPE '\\'",
            new SortOrder(Map.of("code", "d.code", "name", "d.name", "parentName", "p.name", "headName", "h.fullName",
                    "active", "d.deactivatedAt"), "d.name, d.id"));

    @PersistenceContext
    EntityManager em;

    @Inject
    FormValidation validation;

    @Inject
    Clock clock;

    @Override
    public List<DepartmentRow> page(PageRequest request) {
        return withEmployeeCounts(LIST.page(em, request));
    }

    /** The rows with their active employees counted, in one more query for all of them. */
    List<DepartmentRow> withEmployeeCounts(List<DepartmentRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Long> counts = em.createQuery("SELECT e.department.id, COUNT(e) FROM Employee e"
                        + " WHERE e.department.id IN :ids AND e.deactivatedAt IS NULL GROUP BY e.department.id", Object[].class)
                .setParameter("ids", rows.stream().map(DepartmentRow::id).toList())
                .getResultStream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return rows.stream().map(row -> row.withEmployeeCount(counts.getOrDefault(row.id(), 0L))).toList();
    }

    @Override
    public long count(PageRequest request) {
        return LIST.count(em, request);
    }

    /**
     * Active departments whose name or code contains the text (all when it is blank), by name, at most {@code limit}:
     * for pickers, as an organisation may have thousands.
     */
    public List<Option> find(String text, int limit) {
        PageRequest search = new PageRequest(0, limit, null, true, text);
        return search.bindSearch(em.createQuery("SELECT d.id, d.name, d.code FROM Department d WHERE d.deactivatedAt IS NULL"
                        + search.andSearch("LOWER(d.name) LIKE :search ESCAPE '\\' OR LOWER(d.code) LIKE :search ESCAPE '\\'")
                        + " ORDER BY d.name, d.id", Object[].class))
                .setMaxResults(limit).getResultStream().map(Departments::option).toList();
    }

    /** The active department with this id as a picker shows it, or null. */
    public Option option(Long id) {
        Department department = id == null ? null : em.find(Department.class, id);
        return department == null || !department.isActive() ? null
                : option(new Object[] {department.getId(), department.getName(), department.getCode()});
    }

    private static Option option(Object[] row) {
        return new Option((Long) row[0], row[1] + " (" + row[2] + ")");
    }

    /** The department, active or not, with this code, else the one with this name (any case, surrounding spaces ignored). */
    public Optional<Department> byCodeOrName(String codeOrName) {
        String text = codeOrName.strip();
        if (text.indexOf('\0') >= 0) {
            return Optional.empty(); // no code or name holds a NUL, and PostgreSQL refuses one even as a parameter
        }
        return em.createNamedQuery(Department.BY_CODE, Department.class).setParameter("code", text).getResultStream().findFirst()
                .or(() -> named(text).findFirst());
    }

    /** The active departments headed by the user, to act for. */
    public List<Option> headedBy(String username) {
        return em.createQuery("SELECT d.id, d.name, d.code FROM Department d WHERE d.head.username = :username"
                        + " AND d.deactivatedAt IS NULL ORDER BY d.name", Object[].class)
                .setParameter("username", username)
                .getResultStream().map(Departments::option).toList();
    }

    public boolean isActive(long id) {
        return Records.find(em, Department.class, id).isActive();
    }

    public DepartmentForm edit(long id) {
        Department department = Records.find(em, Department.class, id);
        DepartmentForm form = new DepartmentForm();
        form.setId(department.getId());
        form.setVersion(department.getVersion());
        form.setCode(department.getCode());
        form.setName(department.getName());
        form.setParentId(department.getParent() == null ? null : department.getParent().getId());
        form.setHeadId(department.getHead() == null ? null : department.getHead().getId());
        form.setCalendarId(department.ownCalendar().map(BusinessCalendar::getId).orElse(null));
        return form;
    }

    @Transactional
    public Department save(DepartmentForm form) {
        validation.check(form);
        Department department = form.isNew() ? null
                : Records.forEdit(em, Department.class, form.getId(), form.getVersion(), Department::getVersion);
        requireUniqueCode(form.getCode(), form.getId());
        requireUniqueName(form.getName(), form.getId());
        if (department == null) {
            department = new Department(form.getCode(), form.getName());
            em.persist(department);
        } else {
            department.describe(form.getCode(), form.getName());
        }
        department.placeUnder(Records.reference(em, Department.class, form.getParentId(), "parent"));
        department.appointHead(Records.reference(em, Employee.class, form.getHeadId(), "head"));
        department.useCalendar(Records.reference(em, BusinessCalendar.class, form.getCalendarId(), "calendar"));
        em.flush();
        return department;
    }

    @Transactional
    public void deactivate(long id, long version) {
        Department department = Records.forEdit(em, Department.class, id, version, Department::getVersion);
        long staff = em.createQuery("SELECT COUNT(e) FROM Employee e WHERE e.department = :d AND e.deactivatedAt IS NULL", Long.class)
                .setParameter("d", department).getSingleResult();
        if (staff > 0) {
            throw RuleViolation.ofForm("department.deactivate.hasStaff", department.getName(), staff);
        }
        department.deactivate(clock.instant());
        department.appointHead(null);
    }

    @Transactional
    public void reactivate(long id, long version) {
        Records.forEdit(em, Department.class, id, version, Department::getVersion).reactivate();
    }

    private void requireUniqueCode(String code, Long ownId) {
        em.createNamedQuery(Department.BY_CODE, Department.class).setParameter("code", code.strip())
                .getResultStream().filter(other -> !other.getId().equals(ownId)).findFirst()
                .ifPresent(other -> {
                    throw new RuleViolation("code", "department.code.taken", other.getCode(), other.getName());
                });
    }

    private void requireUniqueName(String name, Long ownId) {
        named(name.strip()).filter(other -> !other.getId().equals(ownId)).findFirst()
                .ifPresent(other -> {
                    throw new RuleViolation("name", "department.name.taken", other.getCode());
                });
    }

    /** The departments with this name in any case (one at most, as names are unique so). */
    private Stream<Department> named(String name) {
        return em.createQuery("SELECT d FROM Department d WHERE LOWER(d.name) = LOWER(:name)", Department.class)
                .setParameter("name", name).getResultStream();
    }
}
