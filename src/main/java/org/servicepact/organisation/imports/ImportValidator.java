package org.servicepact.organisation.imports;

import org.servicepact.organisation.domain.EmailAddress;
import org.servicepact.platform.i18n.Message;
import org.servicepact.platform.i18n.Texts;
import org.servicepact.organisation.imports.ImportPlan.Action;
import org.servicepact.organisation.imports.ImportPlan.PlannedRow;
import org.servicepact.organisation.imports.OrganisationSnapshot.DepartmentState;
import org.servicepact.organisation.imports.OrganisationSnapshot.EmployeeState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Decides, without touching the database, what an organisation import would do: the departments file
 * and the employees file are checked row by row against each other and against the organisation as it
 * stands. Every wrong row is reported with all its reasons.
 */
public final class ImportValidator {

    public static final List<String> DEPARTMENT_COLUMNS = List.of("code", "name", "parent_code", "head_username", "calendar");
    public static final List<String> EMPLOYEE_COLUMNS = List.of("username", "full_name", "job_title", "email", "phone",
            "department_code", "supervisor_username");
    public static final List<String> EMPLOYEE_OPTIONAL_COLUMNS = List.of("roles");
    public static final String DEPARTMENTS_FILE = "departments";
    public static final String EMPLOYEES_FILE = "employees";

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,20}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{1,60}");
    private static final Pattern PHONE = Pattern.compile("[0-9 +()./-]{0,40}");
    private static final int JOB_TITLE_LENGTH = 100;
    private static final Set<String> GRANTABLE_ROLES = Set.of("HR", "ADMIN");

    private final OrganisationSnapshot current;
    private final ImportSource source;
    private final Map<String, DepartmentState> departmentsAfter = new HashMap<>();
    private final Map<String, EmployeeState> employeesAfter = new HashMap<>();
    private final Map<String, Long> departmentLines = new HashMap<>();
    private final Map<String, Long> employeeLines = new HashMap<>();
    private final Map<String, String> calendarsByLowerName = new HashMap<>();
    private final Loops departmentLoops = new Loops(code -> departmentsAfter.containsKey(code) ? departmentsAfter.get(code).parentCode() : null);
    private final Loops employeeLoops = new Loops(username -> employeesAfter.containsKey(username)
            ? employeesAfter.get(username).supervisorUsername() : null);

    private ImportValidator(OrganisationSnapshot current, ImportSource source) {
        this.current = current;
        this.source = source;
        departmentsAfter.putAll(current.departments());
        employeesAfter.putAll(current.employees());
        current.calendarNames().forEach(name -> calendarsByLowerName.put(name.toLowerCase(Locale.ROOT), name));
    }

    /** Plans an import of HR's files; either table may be {@code null} when only the other file was given. */
    public static ImportPlan plan(CsvTable departments, CsvTable employees, OrganisationSnapshot current) {
        return plan(departments, employees, current, ImportSource.CSV_FILES);
    }

    /** Plans an import; from a whole list (the directory) also the deactivation of those it kept and lists no more. */
    public static ImportPlan plan(CsvTable departments, CsvTable employees, OrganisationSnapshot current, ImportSource source) {
        return new ImportValidator(current, source).plan(departments, employees);
    }

    private ImportPlan plan(CsvTable departmentTable, CsvTable employeeTable) {
        List<CsvTable.Row> departmentRows = departmentTable == null ? List.of() : departmentTable.rows();
        List<CsvTable.Row> employeeRows = employeeTable == null ? List.of() : employeeTable.rows();
        boolean rolesGiven = employeeRows.stream().anyMatch(row -> !row.get("roles").isEmpty());

        Map<CsvTable.Row, List<Message>> errors = new LinkedHashMap<>();
        departmentRows.forEach(row -> errors.put(row, new ArrayList<>()));
        employeeRows.forEach(row -> errors.put(row, new ArrayList<>()));

        departmentRows.forEach(row -> readDepartment(row, errors.get(row)));
        employeeRows.forEach(row -> readEmployee(row, errors.get(row), rolesGiven));
        departmentRows.forEach(row -> checkDepartmentLinks(row, errors.get(row)));
        employeeRows.forEach(row -> checkEmployeeLinks(row, errors.get(row)));

        List<PlannedRow> plannedDepartments = departmentRows.stream().map(row -> planDepartment(row, errors.get(row))).toList();
        List<PlannedRow> plannedEmployees = new ArrayList<>(employeeRows.stream().map(row -> planEmployee(row, errors.get(row))).toList());
        if (source.isWholeList() && employeeTable != null && employeeTable.problem() == null) {
            plannedEmployees.addAll(planDeactivations());
        }
        return new ImportPlan(departmentTable == null ? null : departmentTable.problem(),
                employeeTable == null ? null : employeeTable.problem(), plannedDepartments, plannedEmployees);
    }

    private void readDepartment(CsvTable.Row row, List<Message> errors) {
        refuseNul(row, errors);
        String code = departmentCode(row);
        String name = row.get("name");
        if (!CODE.matcher(code).matches()) {
            errors.add(Message.of("import.error.code", Texts.echo(row.get("code"))));
        }
        if (name.isEmpty() || name.length() > 150) {
            errors.add(Message.of("import.error.name"));
        }
        Long earlier = departmentLines.putIfAbsent(code, row.line());
        if (earlier != null) {
            errors.add(Message.of("import.error.codeTwice", code, String.valueOf(earlier)));
            return;
        }
        departmentsAfter.put(code, new DepartmentState(code, name, upper(row.get("parent_code")),
                lower(row.get("head_username")), calendarName(row.get("calendar"))));
        if (!row.get("calendar").isEmpty() && calendarName(row.get("calendar")) == null) {
            errors.add(Message.of("import.error.calendar", Texts.echo(row.get("calendar"))));
        }
    }

    private void readEmployee(CsvTable.Row row, List<Message> errors, boolean rolesGiven) {
        refuseNul(row, errors);
        String username = lower(row.get("username"));
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(Message.of("import.error.username", Texts.echo(row.get("username"))));
        }
        if (row.get("full_name").isEmpty() || row.get("full_name").length() > 150) {
            errors.add(Message.of("import.error.fullName"));
        }
        if (row.get("job_title").length() > JOB_TITLE_LENGTH) {
            errors.add(Message.of("import.error.jobTitle", String.valueOf(JOB_TITLE_LENGTH)));
        }
        if (!EmailAddress.isValid(row.get("email"))) {
            errors.add(Message.of("import.error.email", Texts.echo(row.get("email"))));
        }
        if (!PHONE.matcher(row.get("phone")).matches()) {
            errors.add(Message.of("import.error.phone", Texts.echo(row.get("phone"))));
        }
        Set<String> roles = new TreeSet<>();
        for (String role : row.get("roles").split("[;|]")) {
            String normalised = role.strip().toUpperCase(Locale.ROOT);
            if (normalised.isEmpty()) {
                continue;
            }
            if (GRANTABLE_ROLES.contains(normalised)) {
                roles.add(normalised);
            } else {
                errors.add(Message.of("import.error.role", Texts.echo(role.strip())));
            }
        }
        if (username == null) {
            return;
        }
        Long earlier = employeeLines.putIfAbsent(username, row.line());
        if (earlier != null) {
            errors.add(Message.of("import.error.usernameTwice", username, String.valueOf(earlier)));
            return;
        }
        EmployeeState before = current.employees().get(username);
        Set<String> rolesAfter = rolesGiven || before == null ? roles : before.grantedRoles();
        employeesAfter.put(username, new EmployeeState(username, row.get("full_name"), emptyToNull(row.get("job_title")),
                row.get("email"), emptyToNull(row.get("phone")), upper(row.get("department_code")),
                lower(row.get("supervisor_username")), rolesAfter, true, before != null && before.directoryManaged()));
    }

    /** A NUL in any column: no database keeps it (the import would fail only once confirmed). */
    private static void refuseNul(CsvTable.Row row, List<Message> errors) {
        row.values().forEach((column, value) -> {
            if (value != null && value.indexOf('\u0000') >= 0) {
                errors.add(Message.of("import.error.nul", column));
            }
        });
    }

    private void checkDepartmentLinks(CsvTable.Row row, List<Message> errors) {
        String code = departmentCode(row);
        DepartmentState after = departmentsAfter.get(code);
        if (after == null || !Objects.equals(departmentLines.get(code), row.line())) {
            return;
        }
        if (after.parentCode() != null) {
            if (!departmentsAfter.containsKey(after.parentCode())) {
                errors.add(Message.of("import.error.parent", Texts.echo(after.parentCode())));
            } else {
                departmentLoops.through(code).ifPresent(path -> errors.add(Message.of("import.error.parentLoop", path)));
            }
        }
        if (after.headUsername() != null) {
            EmployeeState head = employeesAfter.get(after.headUsername());
            if (head == null) {
                errors.add(Message.of("import.error.head", Texts.echo(after.headUsername())));
            } else if (!code.equals(head.departmentCode())) {
                errors.add(Message.of("import.error.headElsewhere", after.headUsername(),
                        Objects.requireNonNullElse(head.departmentCode(), "—"), code));
            }
        }
    }

    private void checkEmployeeLinks(CsvTable.Row row, List<Message> errors) {
        String username = lower(row.get("username"));
        EmployeeState after = username == null ? null : employeesAfter.get(username);
        if (after == null || !Objects.equals(employeeLines.get(username), row.line())) {
            return;
        }
        if (!departmentsAfter.containsKey(after.departmentCode())) {
            errors.add(Message.of("import.error.department", Texts.echo(row.get("department_code"))));
        }
        if (after.supervisorUsername() != null) {
            if (!employeesAfter.containsKey(after.supervisorUsername())) {
                errors.add(Message.of("import.error.supervisor", Texts.echo(row.get("supervisor_username"))));
            } else {
                employeeLoops.through(username).ifPresent(path -> errors.add(Message.of("import.error.supervisorLoop", path)));
            }
        }
        EmployeeState before = current.employees().get(username);
        if (before != null && !before.departmentCode().equals(after.departmentCode())) {
            DepartmentState formerDepartment = departmentsAfter.get(before.departmentCode());
            if (formerDepartment != null && username.equals(formerDepartment.headUsername())) {
                errors.add(Message.of("import.error.movingHead", username, before.departmentCode()));
            }
        }
    }

    private PlannedRow planDepartment(CsvTable.Row row, List<Message> errors) {
        String code = departmentCode(row);
        if (!errors.isEmpty()) {
            return PlannedRow.wrong(DEPARTMENTS_FILE, row, code, errors);
        }
        DepartmentState before = current.departments().get(code);
        DepartmentState after = departmentsAfter.get(code);
        if (before == null) {
            return PlannedRow.creating(DEPARTMENTS_FILE, row, code, Message.of("import.change.newDepartment", after.name()));
        }
        Changes changes = new Changes();
        changes.compare("name", before.name(), after.name());
        changes.compare("parent", before.parentCode(), after.parentCode());
        changes.compare("head", before.headUsername(), after.headUsername());
        changes.compare("calendar", before.calendarName(), after.calendarName());
        return changes.plan(DEPARTMENTS_FILE, row, code);
    }

    private PlannedRow planEmployee(CsvTable.Row row, List<Message> errors) {
        String username = lower(row.get("username"));
        if (!errors.isEmpty()) {
            return PlannedRow.wrong(EMPLOYEES_FILE, row, username, errors);
        }
        EmployeeState before = current.employees().get(username);
        EmployeeState after = employeesAfter.get(username);
        if (before == null) {
            return PlannedRow.creating(EMPLOYEES_FILE, row, username,
                    Message.of("import.change.newEmployee", after.fullName(), after.departmentCode()));
        }
        Changes changes = new Changes();
        changes.compare("name", before.fullName(), after.fullName());
        changes.compare("jobTitle", before.jobTitle(), after.jobTitle());
        changes.compare("email", before.email(), after.email());
        changes.compare("phone", before.phone(), after.phone());
        changes.compare("department", before.departmentCode(), after.departmentCode());
        changes.compare("supervisor", before.supervisorUsername(), after.supervisorUsername());
        changes.compare("roles", String.join(";", new TreeSet<>(before.grantedRoles())), String.join(";", after.grantedRoles()));
        if (!before.active()) {
            changes.add("active", Message.of("import.change.reactivated"));
        }
        if (source.isWholeList() && !before.directoryManaged()) {
            changes.add("directory", Message.of("import.change.keptByDirectory"));
        }
        return changes.plan(EMPLOYEES_FILE, row, username);
    }

    /** The active people the directory kept and no longer lists, by username; a department's head only with a new head. */
    private List<PlannedRow> planDeactivations() {
        return current.employees().values().stream()
                .filter(employee -> employee.active() && employee.directoryManaged() && !employeeLines.containsKey(employee.username()))
                .sorted(Comparator.comparing(EmployeeState::username))
                .map(employee -> PlannedRow.deactivating(employee.username(),
                        Message.of("import.change.deactivated", employee.fullName()), headingErrors(employee.username())))
                .toList();
    }

    private List<Message> headingErrors(String username) {
        return departmentsAfter.values().stream().filter(department -> username.equals(department.headUsername()))
                .map(department -> Message.of("import.error.deactivatingHead", username, department.code()))
                .toList();
    }

    /** What an update row changes: the fields (for the import) and a line for each (for the person reading the preview). */
    private static final class Changes {
        private final Set<String> fields = new LinkedHashSet<>();
        private final List<Message> texts = new ArrayList<>();

        void compare(String field, String before, String after) {
            String from = before == null ? "" : before;
            String to = after == null ? "" : after;
            if (!from.equals(to)) {
                add(field, Message.of("import.change.field", Message.of("import.field." + field),
                        from.isEmpty() ? "—" : from, to.isEmpty() ? "—" : to));
            }
        }

        void add(String field, Message text) {
            fields.add(field);
            texts.add(text);
        }

        PlannedRow plan(String file, CsvTable.Row row, String key) {
            return new PlannedRow(file, row.line(), key, fields.isEmpty() ? Action.UNCHANGED : Action.UPDATE,
                    fields, texts, List.of(), row.values());
        }
    }

    private String calendarName(String typed) {
        return typed.isEmpty() ? null : calendarsByLowerName.get(typed.toLowerCase(Locale.ROOT));
    }

    private static String departmentCode(CsvTable.Row row) {
        return row.get("code").toUpperCase(Locale.ROOT);
    }

    private static String upper(String text) {
        return text.isEmpty() ? null : text.toUpperCase(Locale.ROOT);
    }

    private static String lower(String text) {
        return text.isEmpty() ? null : text.toLowerCase(Locale.ROOT);
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
