package org.servicepact.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Creating, changing, searching and deactivating employees. */
@ApplicationScoped
public class Employees implements PageSource<EmployeeRow> {

    private static final JpqlPage<EmployeeRow> LIST = new JpqlPage<>(EmployeeRow.class,
            "SELECT NEW org.servicepact.organisation.application.EmployeeRow("
                    + "e.id, e.username, e.fullName, e.jobTitle, e.email, e.phone, d.code, d.name, s.fullName, e.deactivatedAt)",
            " FROM Employee e JOIN e.department d LEFT JOIN e.supervisor s",
            "LOWER(e.username) LIKE :search ESCAPE '\\' OR LOWER(e.fullName) LIKE :search ESCAPE '\\'"
                    + " OR LOWER(e.email) LIKE :search ESCAPE '\\' OR LOWER(d.code) LIKE :search ESCAPE '\\'"
                    + " OR LOWER(d.name) LIKE :search ESCAPE '\\'",
            new SortOrder(Map.of("username", "e.username", "fullName", "e.fullName", "jobTitle", "e.jobTitle",
                    "email", "e.email", "departmentName", "d.name", "supervisorName", "s.fullName",
                    "active", "e.deactivatedAt"), "e.fullName, e.id"));

    @PersistenceContext
    EntityManager em;

    @Inject
    EmployeeAudit audit;

    @Inject
    FormValidation validation;

    @Inject
    Clock clock;

    @Override
    public List<EmployeeRow> page(PageRequest request) {
        return LIST.page(em, request);
    }

    @Override
    public long count(PageRequest request) {
        return LIST.count(em, request);
    }

    /** Active employees whose name or username contains the text, for pickers; at most {@code limit}. */
    public List<Option> find(String text, int limit) {
        return find(null, text, limit);
    }

    /**
     * Active employees of the department (of any when it is null) whose name or username contains the text, for
     * pickers; at most {@code limit}.
     */
    public List<Option> find(Long departmentId, String text, int limit) {
        String pattern = new PageRequest(0, 1, null, true, text).searchPattern();
        TypedQuery<Object[]> query = em.createQuery("SELECT e.id, e.fullName, e.username, d.code FROM Employee e JOIN e.department d"
                        + " WHERE e.deactivatedAt IS NULL" + (departmentId == null ? "" : " AND d.id = :d")
                        + " AND (LOWER(e.fullName) LIKE :p ESCAPE '\\' OR LOWER(e.username) LIKE :p ESCAPE '\\')"
                        + " ORDER BY e.fullName", Object[].class)
                .setParameter("p", pattern).setMaxResults(limit);
        if (departmentId != null) {
            query.setParameter("d", departmentId);
        }
        return query.getResultStream().map(r -> new Option((Long) r[0], r[1] + " (" + r[2] + ", " + r[3] + ")")).toList();
    }

    public Option option(Long id) {
        Employee employee = id == null ? null : em.find(Employee.class, id);
        return employee == null ? null : new Option(employee.getId(),
                employee.getFullName() + " (" + employee.getUsername() + ", " + employee.getDepartment().getCode() + ")");
    }

    public EmployeeForm edit(long id) {
        Employee employee = Records.find(em, Employee.class, id);
        EmployeeForm form = new EmployeeForm();
        form.setId(employee.getId());
        form.setVersion(employee.getVersion());
        form.setUsername(employee.getUsername());
        form.setFullName(employee.getFullName());
        form.setJobTitle(employee.getJobTitle());
        form.setEmail(employee.getEmail());
        form.setPhone(employee.getPhone());
        form.setDepartmentId(employee.getDepartment().getId());
        form.setSupervisorId(employee.getSupervisor() == null ? null : employee.getSupervisor().getId());
        form.setGrantedRoles(List.copyOf(employee.getGrantedRoles()));
        form.setActive(employee.isActive());
        return form;
    }

    @Transactional
    public Employee save(EmployeeForm form) {
        validation.check(form);
        Employee employee = form.isNew() ? null
                : Records.forEdit(em, Employee.class, form.getId(), form.getVersion(), Employee::getVersion);
        EmployeeAudit.Traced before = audit.before(employee);
        requireUniqueUsername(form.getUsername(), form.getId());
        Department department = activeDepartment(form.getDepartmentId());
        Employee.PersonalDetails details = new Employee.PersonalDetails(form.getFullName().strip(),
                blankToNull(form.getJobTitle()), form.getEmail().strip(), blankToNull(form.getPhone()));
        if (employee == null) {
            employee = new Employee(form.getUsername(), details, department);
            em.persist(employee);
        } else {
            employee.updateDetails(details);
            employee.moveTo(department);
        }
        employee.reportTo(activeSupervisor(form.getSupervisorId()));
        employee.grantRoles(form.getGrantedRoles());
        if (form.isActive()) {
            employee.reactivate();
        } else {
            deactivate(employee);
        }
        em.flush();
        audit.recordChanges(before, employee);
        return employee;
    }

    @Transactional
    public void deactivate(long id, long version) {
        Employee employee = Records.forEdit(em, Employee.class, id, version, Employee::getVersion);
        EmployeeAudit.Traced before = audit.before(employee);
        deactivate(employee);
        audit.recordChanges(before, employee);
    }

    private void deactivate(Employee employee) {
        if (employee.getDepartment().isHeadedBy(employee.getUsername())) {
            throw new RuleViolation("active", "employee.deactivate.isHead", employee.getDepartment().getName());
        }
        employee.deactivate(clock.instant());
    }

    private Department activeDepartment(Long id) {
        Department department = Records.reference(em, Department.class, id, "department");
        if (department == null || !department.isActive()) {
            throw new RuleViolation("department", "employee.department.inactive");
        }
        return department;
    }

    private Employee activeSupervisor(Long id) {
        Employee supervisor = Records.reference(em, Employee.class, id, "supervisor");
        if (supervisor != null && !supervisor.isActive()) {
            throw new RuleViolation("supervisor", "employee.supervisor.inactive", supervisor.getFullName());
        }
        return supervisor;
    }

    /** The employee with this username (any case, surrounding spaces ignored), active or not. */
    public Optional<Employee> byUsername(String username) {
        if (username.indexOf('\0') >= 0) {
            return Optional.empty(); // no username holds a NUL, and PostgreSQL refuses one even as a parameter
        }
        return em.createNamedQuery(Employee.BY_USERNAME, Employee.class).setParameter("username", Employee.usernameKey(username))
                .getResultStream().findFirst();
    }

    /**
     * The employees with these usernames (any case, surrounding spaces ignored), active or not, with their
     * departments, from one statement: keyed by {@link Employee#usernameKey}; a name no one has is not in it.
     */
    public Map<String, Employee> byUsernames(Collection<String> usernames) {
        List<String> keys = usernames.stream().filter(name -> name.indexOf('\0') < 0).map(Employee::usernameKey).distinct().toList();
        if (keys.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(Employee.BY_USERNAMES, Employee.class).setParameter("usernames", keys).getResultStream()
                .collect(Collectors.toMap(employee -> Employee.usernameKey(employee.getUsername()), Function.identity()));
    }

    /** The person chooses the language they read the portal and its mails in ("en", "de"; null: as the browser asks). */
    @Transactional
    public void chooseLanguage(String username, String language) {
        named(username).chooseLanguage(language == null || language.isBlank() ? null : language);
        em.flush();
    }

    /** The employee with this username; refused with a message for the form when there is none. */
    public Employee named(String username) {
        return byUsername(username).orElseThrow(() -> RuleViolation.ofForm("employee.notFound"));
    }

    private void requireUniqueUsername(String username, Long ownId) {
        em.createNamedQuery(Employee.BY_USERNAME, Employee.class).setParameter("username", Employee.usernameKey(username))
                .getResultStream().filter(other -> !other.getId().equals(ownId)).findFirst()
                .ifPresent(other -> {
                    throw new RuleViolation("username", "employee.username.taken", other.getFullName());
                });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
