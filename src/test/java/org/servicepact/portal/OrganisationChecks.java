package org.servicepact.portal;

import jakarta.persistence.EntityManager;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.junit.jupiter.api.Test;
import org.servicepact.calendar.application.CalendarForm;
import org.servicepact.calendar.application.Calendars;
import org.servicepact.calendar.domain.BusinessCalendar;
import org.servicepact.organisation.application.DepartmentForm;
import org.servicepact.organisation.application.Departments;
import org.servicepact.organisation.application.EmployeeForm;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.application.OrganisationOverview;
import org.servicepact.organisation.application.OrganisationOverview.ChartPerson;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.domain.Party;
import org.servicepact.organisation.domain.Role;
import org.servicepact.organisation.imports.ImportPlan;
import org.servicepact.organisation.imports.ImportProgress;
import org.servicepact.organisation.imports.OrganisationImport;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.platform.startup.BackgroundJobs;
import org.servicepact.platform.startup.DatabaseMigration;
import org.servicepact.security.PortalIdentityStore;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the container: migrations, the demo organisation, persistence of the organisation and calendars(),
 * the rules the services enforce, the import, and the roles the identity store derives. One deployment
 * of the real WAR serves every test here.
 */
interface OrganisationChecks {

    // what the checks use; InContainerIT injects it
    DatabaseMigration migration();
    Departments departments();
    Employees employees();
    OrganisationOverview overview();
    Calendars calendars();
    OrganisationImport organisationImport();
    PortalIdentityStore identityStore();
    EntityManager em();
    BackgroundJobs jobs();

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    private long count(String jpql) {
        return em().createQuery(jpql, Long.class).getSingleResult();
    }

    private Long departmentId(String code) {
        return em().createNamedQuery(Department.BY_CODE, Department.class).setParameter("code", code).getSingleResult().getId();
    }

    private Employee employee(String username) {
        return em().createNamedQuery(Employee.BY_USERNAME, Employee.class).setParameter("username", Employee.usernameKey(username)).getSingleResult();
    }

    /** The checks run the watcher, the rollup and the agreement clock themselves; the timers must not race them. */
    @Test
    default void theBackgroundJobsAreSwitchedOffByConfiguration() {
        assertFalse(jobs().configured());
        assertFalse(jobs().runHere());
    }

    @Test
    default void flywayAppliedEveryMigrationAtStart() {
        assertEquals(0, migration().pendingMigrations());
        assertTrue(migration().appliedMigrations() >= 1);
    }

    @Test
    default void theDemoOrganisationIsSeeded() {
        assertTrue(count("SELECT COUNT(d) FROM Department d") >= 9);
        assertTrue(count("SELECT COUNT(e) FROM Employee e") >= 60);
        assertEquals(3, count("SELECT COUNT(x) FROM ExternalParty x WHERE x.name IN ('Northwind Logistics',"
                + " 'Apex Cloud Hosting', 'Brightline Cleaning Services')"));
        assertEquals(0, count("SELECT COUNT(d) FROM Department d WHERE d.code IN ('EXEC','IT','FIN','HR','FAC','SALES','SUP',"
                + "'LEGAL','PROC') AND d.head IS NULL"));
        assertEquals("Marco Rossi", employee("priya.nair").getSupervisor().getFullName());
        assertEquals(1, count("SELECT COUNT(c) FROM BusinessCalendar c WHERE c.organisationDefault = TRUE"));
    }

    /**
     * A party read where it is named only as a party (a request's provider or consumer, an agreement's sides) costs one
     * statement, not one for the party's table and another for its kind's (OuterJoinedSubclasses).
     */
    @Test
    default void aPartyIsReadInOneStatement() {
        Long it = departmentId("IT");
        List<String> statements = Statements.runBy(em(), () -> {
            Party party = em().find(Party.class, it);
            assertEquals("Information Technology", party.getName());
            assertTrue(party instanceof Department, party.getClass().getName());
        });
        assertEquals(1, statements.size(), statements::toString);
    }

    @Test
    default void aDepartmentAndItsHeadArePersisted() {
        DepartmentForm department = new DepartmentForm();
        department.setCode(unique("Q"));
        department.setName(unique("Quality "));
        department.setParentId(departmentId("EXEC"));
        Long id = departments().save(department).getId();

        EmployeeForm head = new EmployeeForm();
        head.setUsername(unique("quinn.").toLowerCase());
        head.setFullName("Quinn Quality");
        head.setEmail("quinn@servicepact.example");
        head.setDepartmentId(id);
        head.setSupervisorId(employee("catherine.vogel").getId());
        head.setGrantedRoles(List.of(Role.HR));
        Long headId = employees().save(head).getId();

        DepartmentForm reloaded = departments().edit(id);
        reloaded.setHeadId(headId);
        departments().save(reloaded);

        em().clear();
        Department stored = em().find(Department.class, id);
        assertEquals(department.getCode(), stored.getCode());
        assertEquals("EXEC", stored.getParent().getCode());
        assertEquals("Quinn Quality", stored.getHead().getFullName());
        assertEquals(Set.of(Role.HR), em().find(Employee.class, headId).getGrantedRoles());
    }

    @Test
    default void aDuplicateCodeOrUsernameIsRefusedBesideItsField() {
        DepartmentForm department = new DepartmentForm();
        department.setCode("it");
        department.setName(unique("Another IT "));
        RuleViolation code = assertThrows(RuleViolation.class, () -> departments().save(department));
        assertEquals("code", code.field());

        EmployeeForm employee = new EmployeeForm();
        employee.setUsername("marco.rossi");
        employee.setFullName("Marco Again");
        employee.setEmail("marco.again@servicepact.example");
        employee.setDepartmentId(departmentId("IT"));
        RuleViolation username = assertThrows(RuleViolation.class, () -> employees().save(employee));
        assertEquals("username", username.field());
    }

    @Test
    default void anInvalidEmailIsRefusedEvenWithoutTheScreen() {
        EmployeeForm form = employees().edit(employee("lena.fischer").getId());
        form.setEmail("not an address");

        RuleViolation email = assertThrows(RuleViolation.class, () -> employees().save(form));
        assertEquals("email", email.field());
        em().clear();
        assertEquals("lena.fischer@servicepact.example", employee("lena.fischer").getEmail());
    }

    @Test
    default void aSupervisorLoopIsRefusedAndNothingChanges() {
        EmployeeForm marco = employees().edit(employee("marco.rossi").getId());
        marco.setSupervisorId(employee("daniel.okafor").getId());

        RuleViolation loop = assertThrows(RuleViolation.class, () -> employees().save(marco));
        assertEquals("employee.supervisor.loop", loop.messageKey());
        em().clear();
        assertEquals("catherine.vogel", employee("marco.rossi").getSupervisor().getUsername());
    }

    @Test
    default void aHeadFromAnotherDepartmentIsRefused() {
        DepartmentForm finance = departments().edit(departmentId("FIN"));
        finance.setHeadId(employee("marco.rossi").getId());

        assertEquals("head", assertThrows(RuleViolation.class, () -> departments().save(finance)).field());
    }

    @Test
    default void theSecondOfTwoConcurrentEditsIsRefused() {
        long id = employee("hanna.svensson").getId();
        EmployeeForm first = employees().edit(id);
        EmployeeForm second = employees().edit(id);
        first.setJobTitle("Lead Database Administrator");
        employees().save(first);

        second.setPhone("+49 30 5550 9999");
        RuleViolation stale = assertThrows(RuleViolation.class, () -> employees().save(second));
        assertEquals("edit.stale", stale.messageKey());
        em().clear();
        Employee stored = em().find(Employee.class, id);
        assertEquals("Lead Database Administrator", stored.getJobTitle());
        assertEquals("+49 30 5550 1109", stored.getPhone());
    }

    @Test
    default void anImportWritesEverythingOrNothing() {
        String code = unique("IMP");
        String user = code.toLowerCase() + ".lead";
        byte[] departmentsCsv = ("code,name,parent_code,head_username,calendar\n"
                + code + "," + code + " Imports,EXEC," + user + ",Head office\n").getBytes(StandardCharsets.UTF_8);
        byte[] goodEmployees = ("username,full_name,job_title,email,phone,department_code,supervisor_username\n"
                + user + ",Ida Import,Lead,ida@servicepact.example,,"+ code + ",catherine.vogel\n").getBytes(StandardCharsets.UTF_8);
        byte[] badEmployees = ("username,full_name,job_title,email,phone,department_code,supervisor_username\n"
                + user + ",Ida Import,Lead,ida@servicepact.example,," + code + ",catherine.vogel\n"
                + user + "2,Ivo Import,Clerk,ivo@servicepact.example,," + code + ",no.such.person\n").getBytes(StandardCharsets.UTF_8);

        ImportPlan bad = organisationImport().preview(departmentsCsv, badEmployees);
        assertTrue(bad.hasErrors());
        assertThrows(RuleViolation.class, () -> organisationImport().apply(departmentsCsv, badEmployees, new ImportProgress(3)));
        assertEquals(0, count("SELECT COUNT(d) FROM Department d WHERE d.code = '" + code + "'"));

        ImportPlan good = organisationImport().preview(departmentsCsv, goodEmployees);
        assertFalse(good.hasErrors(), () -> good.allRows().toString());
        ImportProgress progress = new ImportProgress(OrganisationImport.steps(good));
        organisationImport().apply(departmentsCsv, goodEmployees, progress);
        assertEquals(ImportProgress.State.DONE, progress.state());
        em().clear();
        assertEquals(user, em().find(Department.class, departmentId(code)).getHead().getUsername());
        ImportPlan again = organisationImport().preview(departmentsCsv, goodEmployees);
        assertEquals(0, again.writes());
    }

    @Test
    default void aCalendarIsStoredAndComputesBusinessTime() {
        CalendarForm form = new CalendarForm();
        form.setName(unique("Split shift "));
        form.setTimeZone("Europe/Berlin");
        form.getPeriods().add(new CalendarForm.PeriodRow(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
        form.getPeriods().add(new CalendarForm.PeriodRow(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 0)));
        form.getHolidays().add(new CalendarForm.HolidayRow(LocalDate.of(2026, 11, 30), "Closed"));
        long id = calendars().save(form).getId();

        em().clear();
        BusinessCalendar stored = em().find(BusinessCalendar.class, id);
        assertEquals(2, stored.getWorkingPeriods().size());
        var monday = ZonedDateTime.of(2026, 11, 23, 11, 0, 0, 0, stored.zone()).toInstant();
        assertEquals(Duration.ofHours(5), stored.schedule().elapsed(monday, monday.plus(Duration.ofDays(8))));

        CalendarForm overlapping = calendars().edit(id);
        overlapping.getPeriods().add(new CalendarForm.PeriodRow(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(14, 0)));
        assertEquals("periods", assertThrows(RuleViolation.class, () -> calendars().save(overlapping)).field());
    }

    @Test
    default void theIdentityStoreDerivesRolesFromTheOrganisation() {
        CredentialValidationResult head = identityStore().validate(new UsernamePasswordCredential("marco.rossi", "servicepact"));
        assertEquals(CredentialValidationResult.Status.VALID, head.getStatus());
        assertEquals(Set.of("EMPLOYEE", "DEPARTMENT_HEAD"), head.getCallerGroups());

        assertEquals(Set.of("EMPLOYEE", "ADMIN"),
                identityStore().validate(new UsernamePasswordCredential("admin", "servicepact")).getCallerGroups());
        assertEquals(Set.of("EMPLOYEE", "HR"),
                identityStore().validate(new UsernamePasswordCredential("hannah.weber", "servicepact")).getCallerGroups());
        assertEquals(CredentialValidationResult.Status.INVALID,
                identityStore().validate(new UsernamePasswordCredential("marco.rossi", "wrong-password")).getStatus());
    }

    @Test
    default void aLargeImportWritesEverySupervisorAcrossItsBatchesAndCanTurnAChainRound() {
        String code = unique("ORG");
        String prefix = code.toLowerCase() + ".";
        byte[] departmentsCsv = ("code,name,parent_code,head_username,calendar\n"
                + code + "," + code + " Organisation,EXEC," + prefix + "p0,\n").getBytes(StandardCharsets.UTF_8);
        StringBuilder employees = new StringBuilder("username,full_name,job_title,email,phone,department_code,supervisor_username\n");
        for (int i = 1_199; i >= 0; i--) {   // written last to first, so no row comes after its supervisor by chance
            String supervisor = i == 0 ? "catherine.vogel" : prefix + "p" + (i - 1) / 3;
            employees.append(prefix).append('p').append(i).append(",Person ").append(i).append(",Clerk,p").append(i)
                    .append("@servicepact.example,,").append(code).append(',').append(supervisor).append('\n');
        }
        byte[] employeesCsv = employees.toString().getBytes(StandardCharsets.UTF_8);
        ImportPlan plan = organisationImport().preview(departmentsCsv, employeesCsv);
        ImportProgress progress = new ImportProgress(OrganisationImport.steps(plan));

        organisationImport().apply(departmentsCsv, employeesCsv, progress);

        assertEquals(ImportProgress.State.DONE, progress.state());
        List<Object[]> links = em().createQuery("SELECT e.username, s.username FROM Employee e JOIN e.supervisor s"
                + " WHERE e.department.code = :code", Object[].class).setParameter("code", code).getResultList();
        assertEquals(1_200, links.size());
        for (Object[] link : links) {
            int number = Integer.parseInt(((String) link[0]).substring(prefix.length() + 1));
            assertEquals(number == 0 ? "catherine.vogel" : prefix + "p" + (number - 1) / 3, link[1]);
        }

        byte[] turnedRound = ("username,full_name,job_title,email,phone,department_code,supervisor_username\n"
                + prefix + "p0,Person 0,Clerk,p0@servicepact.example,," + code + "," + prefix + "p4\n"
                + prefix + "p1,Person 1,Clerk,p1@servicepact.example,," + code + ",catherine.vogel\n").getBytes(StandardCharsets.UTF_8);
        organisationImport().apply(null, turnedRound, new ImportProgress(2));
        em().clear();
        assertEquals(prefix + "p4", supervisorOf(prefix + "p0"));
        assertEquals("catherine.vogel", supervisorOf(prefix + "p1"));
        assertEquals(prefix + "p1", supervisorOf(prefix + "p4"));
    }

    /**
     * The chart's lines of a department read a level at a time: at the top whoever's supervisor is no active member
     * of it (in another department, deactivated, or none), each person with the count of their active reports.
     */
    @Test
    default void aDepartmentsReportingLinesAreReadALevelAtATime() {
        String code = unique("LINES");
        String prefix = code.toLowerCase() + ".";
        byte[] departmentsCsv = ("code,name,parent_code,head_username,calendar\n"
                + code + "," + code + " Lines,EXEC," + prefix + "lead,\n").getBytes(StandardCharsets.UTF_8);
        byte[] employeesCsv = ("username,full_name,job_title,email,phone,department_code,supervisor_username\n"
                + person(prefix, "lead", "Ada Lead", code, "catherine.vogel")
                + person(prefix, "ben", "Ben Second", code, prefix + "lead")
                + person(prefix, "bea", "Bea Leaving", code, prefix + "lead")
                + person(prefix, "cleo", "Cleo Third", code, prefix + "ben")
                + person(prefix, "dora", "Dora Alone", code, "")
                + person(prefix, "emil", "Emil Orphan", code, prefix + "bea")).getBytes(StandardCharsets.UTF_8);
        organisationImport().apply(departmentsCsv, employeesCsv, new ImportProgress(7));
        Employee leaving = employee(prefix + "bea");
        employees().deactivate(leaving.getId(), leaving.getVersion());
        long department = departmentId(code);

        assertEquals(5, overview().chartHeadcount(department));
        assertEquals(List.of("Ada Lead", "Dora Alone", "Emil Orphan"), names(overview().chartTopOfLines(department, 10)));
        assertEquals(List.of("Ada Lead", "Dora Alone"), names(overview().chartTopOfLines(department, 2)));
        assertEquals(3, overview().chartTopOfLinesCount(department));
        ChartPerson lead = overview().chartTopOfLines(department, 1).get(0);
        assertEquals(1, lead.reports(), "Bea, deactivated, is no longer under Ada");
        List<ChartPerson> second = overview().chartDirectReports(department, lead.id(), 10);
        assertEquals(List.of("Ben Second"), names(second));
        assertEquals(1, second.get(0).reports());
        assertEquals("Ada Lead", second.get(0).supervisorName());
        assertEquals(List.of("Ada Lead", "Ben Second", "Cleo Third", "Dora Alone", "Emil Orphan"),
                names(overview().chartPeople(department)));
    }

    private static String person(String prefix, String name, String fullName, String code, String supervisor) {
        return prefix + name + "," + fullName + ",Clerk," + name + "@" + prefix + "example,," + code + "," + supervisor + "\n";
    }

    private static List<String> names(List<ChartPerson> people) {
        return people.stream().map(ChartPerson::fullName).toList();
    }

    private String supervisorOf(String username) {
        return em().createQuery("SELECT e.supervisor.username FROM Employee e WHERE e.username = :username", String.class)
                .setParameter("username", username).getSingleResult();
    }
}
