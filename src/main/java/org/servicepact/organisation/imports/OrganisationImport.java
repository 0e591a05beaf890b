package org.servicepact.organisation.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.calendar.domain.BusinessCalendar;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.domain.Role;
import org.servicepact.organisation.imports.ImportPlan.Action;
import org.servicepact.organisation.imports.ImportPlan.PlannedRow;
import org.servicepact.platform.audit.AuditEvent;
import org.servicepact.platform.audit.AuditTrail;
import org.servicepact.platform.rules.RuleViolation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports departments and employees from CSV files: first a preview that writes nothing, then, once
 * confirmed, the whole import in one transaction, so a failure leaves nothing half-written.
 */
@ApplicationScoped
public class OrganisationImport {

    /** The most employees written before the persistence context is flushed and cleared. */
    private static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    /** Reads both files (either may be {@code null}) and plans the import against the organisation now. */
    public ImportPlan preview(byte[] departmentsCsv, byte[] employeesCsv) {
        return preview(departmentsCsv, employeesCsv, ImportSource.CSV_FILES);
    }

    /** Plans the import of rows from this source against the organisation now. */
    public ImportPlan preview(byte[] departmentsCsv, byte[] employeesCsv, ImportSource source) {
        return ImportValidator.plan(departmentsTable(departmentsCsv), employeesTable(employeesCsv), OrganisationSnapshot.readFrom(em), source);
    }

    /** Imports HR's files, as {@link #apply(byte[], byte[], ImportSource, ImportProgress)}. */
    @Transactional
    public ImportPlan apply(byte[] departmentsCsv, byte[] employeesCsv, ImportProgress progress) {
        return apply(departmentsCsv, employeesCsv, ImportSource.CSV_FILES, progress);
    }

    /**
     * Plans the import again against the organisation as it is now and, if it is still free of errors,
     * writes it; otherwise writes nothing and says why. Employees are written in batches, supervisors
     * first, each batch flushed and then let go of, so that the work grows with the rows and the progress
     * moves as they are written; it is still one transaction.
     */
    @Transactional
    public ImportPlan apply(byte[] departmentsCsv, byte[] employeesCsv, ImportSource source, ImportProgress progress) {
        OrganisationSnapshot snapshot = OrganisationSnapshot.readFrom(em);
        ImportPlan plan = ImportValidator.plan(departmentsTable(departmentsCsv), employeesTable(employeesCsv), snapshot, source);
        if (plan.hasErrors()) {
            throw RuleViolation.ofForm("import.changedSincePreview");
        }
        List<PlannedRow> departmentRows = writing(plan.departments());
        writeDepartments(departmentRows, progress);
        Map<String, Long> departmentIds = idsBy("SELECT d.code, d.id FROM Department d");
        Map<String, Long> employeeIds = idsBy("SELECT LOWER(e.username), e.id FROM Employee e");
        em.clear();
        writeEmployees(writing(plan.employees()), snapshot, departmentIds, employeeIds, source, progress);
        appointHeads(departmentRows, departmentIds, employeeIds);
        em.flush();
        if (source.isWholeList()) {
            deactivate(plan.employees(), employeeIds, progress);
            trail.record(AuditEvent.Kind.DIRECTORY_SYNCED, "directory", plan.count(Action.CREATE) + " created, "
                    + plan.count(Action.UPDATE) + " changed, " + plan.count(Action.DEACTIVATE) + " deactivated");
        } else {
            trail.record(AuditEvent.Kind.IMPORT_APPLIED, "CSV import", plan.count(Action.CREATE) + " created, "
                    + plan.count(Action.UPDATE) + " changed");
        }
        progress.finish();
        return plan;
    }

    /** Deactivates those the directory kept and lists no more, each in the audit trail. */
    private void deactivate(List<PlannedRow> employeeRows, Map<String, Long> employeeIds, ImportProgress progress) {
        List<PlannedRow> leaving = employeeRows.stream().filter(row -> row.action() == Action.DEACTIVATE).toList();
        Map<Long, Employee> stored = load(leaving, employeeIds);
        for (PlannedRow row : leaving) {
            stored.get(employeeIds.get(row.key())).deactivate(clock.instant());
            trail.record(AuditEvent.Kind.DEACTIVATED, row.key(), "no longer in the directory");
            progress.step(1);
        }
        em.flush();
    }

    /** Writes the employee rows batch by batch, supervisors first, then links the supervisors a batch had to leave. */
    private void writeEmployees(List<PlannedRow> rows, OrganisationSnapshot snapshot, Map<String, Long> departmentIds,
                                Map<String, Long> employeeIds, ImportSource source, ImportProgress progress) {
        Map<String, String> storedSupervisors = new HashMap<>();
        snapshot.employees().values().forEach(e -> storedSupervisors.put(e.username(), e.supervisorUsername()));
        List<PlannedRow> supervisorsToLink = new ArrayList<>();
        for (List<PlannedRow> batch : SupervisorFirstBatches.of(rows, storedSupervisors, BATCH)) {
            List<PlannedRow> waiting = writeBatch(batch, departmentIds, employeeIds, source);
            flushAndLetGo();
            supervisorsToLink.addAll(waiting);
            progress.step(batch.size() - waiting.size());
        }
        for (int from = 0; from < supervisorsToLink.size(); from += BATCH) {
            List<PlannedRow> batch = supervisorsToLink.subList(from, Math.min(from + BATCH, supervisorsToLink.size()));
            linkSupervisors(batch, employeeIds);
            flushAndLetGo();
            progress.step(batch.size());
        }
    }

    /** Stores what the batch wrote and forgets it, so that the next flush compares only the next batch. */
    private void flushAndLetGo() {
        em.flush();
        em.clear();
    }

    /** How many steps {@link #apply} reports to its progress. */
    public static int steps(ImportPlan plan) {
        return Math.toIntExact(plan.writes());
    }

    private void writeDepartments(List<PlannedRow> departmentRows, ImportProgress progress) {
        Map<String, Department> departments = new HashMap<>();
        em.createQuery("SELECT d FROM Department d", Department.class).getResultList()
                .forEach(d -> departments.put(d.getCode(), d));
        Map<String, BusinessCalendar> calendars = em.createNamedQuery(BusinessCalendar.ALL, BusinessCalendar.class)
                .getResultStream().collect(Collectors.toMap(c -> c.getName().toLowerCase(Locale.ROOT), c -> c));
        for (PlannedRow row : departmentRows) {
            writeDepartment(row, departments, calendars);
            progress.step(1);
        }
        departmentRows.forEach(row -> departments.get(row.key()).placeUnder(null));
        for (PlannedRow row : departmentRows) {
            String parent = row.value("parent_code");
            departments.get(row.key()).placeUnder(parent == null ? null : departments.get(parent.toUpperCase(Locale.ROOT)));
        }
        // Departments and employees refer to each other (head, department): new departments must be stored
        // before the employees in them, or the provider orders the inserts the other way round.
        em.flush();
    }

    private void writeDepartment(PlannedRow row, Map<String, Department> departments, Map<String, BusinessCalendar> calendars) {
        Department department = departments.get(row.key());
        if (department == null) {
            department = new Department(row.key(), row.value("name"));
            em.persist(department);
            departments.put(row.key(), department);
        } else {
            department.describe(row.key(), row.value("name"));
            String head = row.value("head_username");
            if (department.getHead() != null && !department.getHead().getUsername().equalsIgnoreCase(head == null ? "" : head)) {
                department.appointHead(null);
            }
        }
        String calendar = row.value("calendar");
        department.useCalendar(calendar == null ? null : calendars.get(calendar.toLowerCase(Locale.ROOT)));
    }

    /**
     * Writes one batch: the people it changes and the supervisors it names are read in one query. Returns
     * the rows whose supervisor is new in this same batch: they are linked once the batch is stored, as
     * the provider would otherwise insert a chain of new people recursively, one stack frame per link.
     */
    private List<PlannedRow> writeBatch(List<PlannedRow> batch, Map<String, Long> departmentIds, Map<String, Long> employeeIds,
                                        ImportSource source) {
        Map<Long, Employee> stored = load(batch, employeeIds);
        Set<String> createdHere = new HashSet<>();
        List<PlannedRow> waiting = new ArrayList<>();
        for (PlannedRow row : batch) {
            Department department = em.find(Department.class, departmentIds.get(row.value("department_code").toUpperCase(Locale.ROOT)));
            Employee employee = writeEmployee(row, department, stored.get(employeeIds.get(row.key())));
            if (source.isWholeList()) {
                employee.keepInDirectory();
            }
            String supervisor = SupervisorFirstBatches.supervisorOf(row);
            if (supervisor != null && createdHere.contains(supervisor)) {
                waiting.add(row);
            } else {
                employee.reportToLoopCheckedSupervisor(supervisor == null ? null : stored.get(employeeIds.get(supervisor)));
            }
            if (!employeeIds.containsKey(row.key())) {
                createdHere.add(row.key());
                employeeIds.put(row.key(), employee.getId());
            }
        }
        return waiting;
    }

    private void linkSupervisors(List<PlannedRow> batch, Map<String, Long> employeeIds) {
        Map<Long, Employee> stored = load(batch, employeeIds);
        for (PlannedRow row : batch) {
            stored.get(employeeIds.get(row.key()))
                    .reportToLoopCheckedSupervisor(stored.get(employeeIds.get(SupervisorFirstBatches.supervisorOf(row))));
        }
    }

    /** The stored employees a batch writes or names as supervisor, by id, in one query. */
    private Map<Long, Employee> load(List<PlannedRow> batch, Map<String, Long> employeeIds) {
        Set<Long> ids = new HashSet<>();
        for (PlannedRow row : batch) {
            addIfKnown(ids, employeeIds, row.key());
            addIfKnown(ids, employeeIds, SupervisorFirstBatches.supervisorOf(row));
        }
        Map<Long, Employee> stored = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT e FROM Employee e WHERE e.id IN :ids", Employee.class).setParameter("ids", ids)
                    .getResultList().forEach(e -> stored.put(e.getId(), e));
        }
        return stored;
    }

    private Employee writeEmployee(PlannedRow row, Department department, Employee stored) {
        Employee.PersonalDetails details = new Employee.PersonalDetails(row.value("full_name"), row.value("job_title"),
                row.value("email"), row.value("phone"));
        Employee employee = stored;
        if (employee == null) {
            employee = new Employee(row.key(), details, department);
            em.persist(employee);
        } else {
            employee.updateDetails(details);
            employee.moveTo(department);
            employee.reactivate();
        }
        if (row.action() == Action.CREATE || row.changedFields().contains("roles")) {
            employee.grantRoles(roles(row.value("roles")));
        }
        return employee;
    }

    private void appointHeads(List<PlannedRow> departmentRows, Map<String, Long> departmentIds, Map<String, Long> employeeIds) {
        for (PlannedRow row : departmentRows) {
            String head = lower(row.value("head_username"));
            em.find(Department.class, departmentIds.get(row.key()))
                    .appointHead(head == null ? null : em.find(Employee.class, employeeIds.get(head)));
        }
    }

    /** Key (first column) → id (second column) of every row the query returns. */
    private Map<String, Long> idsBy(String keyAndIdQuery) {
        Map<String, Long> ids = new HashMap<>();
        em.createQuery(keyAndIdQuery, Object[].class).getResultStream().forEach(r -> ids.put((String) r[0], (Long) r[1]));
        return ids;
    }

    private static void addIfKnown(Set<Long> ids, Map<String, Long> idsByKey, String key) {
        Long id = key == null ? null : idsByKey.get(key);
        if (id != null) {
            ids.add(id);
        }
    }

    private static Set<Role> roles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (text != null) {
            for (String role : text.split("[;|]")) {
                if (!role.isBlank()) {
                    roles.add(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
                }
            }
        }
        return roles;
    }

    private static List<PlannedRow> writing(List<PlannedRow> rows) {
        return rows.stream().filter(row -> row.action() == Action.CREATE || row.action() == Action.UPDATE).toList();
    }

    private static CsvTable departmentsTable(byte[] csv) {
        return csv == null ? null : CsvTable.read(csv, ImportValidator.DEPARTMENT_COLUMNS, List.of());
    }

    private static CsvTable employeesTable(byte[] csv) {
        return csv == null ? null
                : CsvTable.read(csv, ImportValidator.EMPLOYEE_COLUMNS, ImportValidator.EMPLOYEE_OPTIONAL_COLUMNS);
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
