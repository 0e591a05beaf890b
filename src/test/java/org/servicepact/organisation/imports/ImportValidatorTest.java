package org.servicepact.organisation.imports;

import org.junit.jupiter.api.Test;
import org.servicepact.platform.i18n.Message;
import org.servicepact.organisation.imports.ImportPlan.Action;
import org.servicepact.organisation.imports.ImportPlan.PlannedRow;
import org.servicepact.organisation.imports.OrganisationSnapshot.DepartmentState;
import org.servicepact.organisation.imports.OrganisationSnapshot.EmployeeState;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CSV parsing and the checks of an organisation import, against a small organisation that already exists. */
class ImportValidatorTest {

    private static final String DEPARTMENT_HEADER = "code,name,parent_code,head_username,calendar\n";
    private static final String EMPLOYEE_HEADER = "username,full_name,job_title,email,phone,department_code,supervisor_username,roles\n";

    /** IT exists, headed by ann, who reports to nobody; bob reports to ann. */
    private static final OrganisationSnapshot EXISTING = new OrganisationSnapshot(
            Map.of("IT", new DepartmentState("IT", "Information Technology", null, "ann", null)),
            Map.of("ann", new EmployeeState("ann", "Ann Able", "Head of IT", "ann@example.org", null, "IT", null, Set.of(), true, false),
                    "bob", new EmployeeState("bob", "Bob Baker", "Engineer", "bob@example.org", null, "IT", "ann", Set.of("ADMIN"), true, false)),
            Set.of("Head office"));

    private static ImportPlan plan(String departments, String employees) {
        CsvTable departmentTable = departments == null ? null : CsvTable.read(
                departments.getBytes(StandardCharsets.UTF_8), ImportValidator.DEPARTMENT_COLUMNS, List.of());
        CsvTable employeeTable = employees == null ? null : CsvTable.read(employees.getBytes(StandardCharsets.UTF_8),
                ImportValidator.EMPLOYEE_COLUMNS, ImportValidator.EMPLOYEE_OPTIONAL_COLUMNS);
        return ImportValidator.plan(departmentTable, employeeTable, EXISTING);
    }

    private static PlannedRow row(List<PlannedRow> rows, String key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    /** The directory's whole list: ann and cid were kept by it, bob only by the portal. */
    private static ImportPlan directorySync(String employees) {
        OrganisationSnapshot kept = new OrganisationSnapshot(EXISTING.departments(), Map.of(
                "ann", new EmployeeState("ann", "Ann Able", "Head of IT", "ann@example.org", null, "IT", null, Set.of(), true, true),
                "bob", EXISTING.employees().get("bob"),
                "cid", new EmployeeState("cid", "Cid Cole", null, "cid@example.org", null, "IT", "ann", Set.of(), true, true)),
                EXISTING.calendarNames());
        return ImportValidator.plan(null, CsvTable.read(employees.getBytes(StandardCharsets.UTF_8),
                ImportValidator.EMPLOYEE_COLUMNS, ImportValidator.EMPLOYEE_OPTIONAL_COLUMNS), kept, ImportSource.DIRECTORY);
    }

    @Test
    void aDirectorySyncDeactivatesOnlyThoseItKeptAndNoLongerLists() {
        ImportPlan plan = directorySync(EMPLOYEE_HEADER + "ann,Ann Able,Head of IT,ann@example.org,,IT,,\n");
        assertFalse(plan.hasErrors(), () -> plan.allRows().toString());
        assertEquals(Action.DEACTIVATE, row(plan.employees(), "cid").action());
        assertTrue(plan.employees().stream().noneMatch(r -> r.key().equals("bob")), "an account of the portal alone stays");
        assertEquals(1, plan.writes());
    }

    @Test
    void aDirectorySyncRefusesToDeactivateAHeadAndTakesOverThoseItNowLists() {
        ImportPlan plan = directorySync(EMPLOYEE_HEADER + "bob,Bob Baker,Engineer,bob@example.org,,IT,ann,ADMIN\n");
        PlannedRow ann = row(plan.employees(), "ann");
        assertEquals(Action.ERROR, ann.action());
        assertEquals(List.of("ann is no longer in the directory but heads IT: name another head there first."), english(ann.errors()));
        PlannedRow bob = row(plan.employees(), "bob");
        assertEquals(Action.UPDATE, bob.action(), "bob is kept by the directory from now on");
        assertTrue(bob.changedFields().contains("directory"));
    }

    @Test
    void aCleanImportCreatesAndChangesWhatItShould() {
        ImportPlan plan = plan(DEPARTMENT_HEADER + "FIN,Finance,,carl,Head office\nIT,Information Technology,,ann,\n",
                EMPLOYEE_HEADER + "carl,Carl Cole,CFO,carl@example.org,+49 30 1,FIN,ann,\n"
                        + "bob,Bob Baker,Senior Engineer,bob@example.org,,IT,ann,ADMIN\n");

        assertFalse(plan.hasErrors(), () -> plan.allRows().toString());
        assertEquals(Action.CREATE, row(plan.departments(), "FIN").action());
        assertEquals(Action.UNCHANGED, row(plan.departments(), "IT").action());
        assertEquals(Action.CREATE, row(plan.employees(), "carl").action());
        PlannedRow bob = row(plan.employees(), "bob");
        assertEquals(Action.UPDATE, bob.action());
        assertEquals(List.of("job title: Engineer → Senior Engineer"), english(bob.changes()));
        assertEquals(3, plan.writes());
    }

    @Test
    void anUnknownSupervisorIsReportedOnItsRow() {
        ImportPlan plan = plan(null, EMPLOYEE_HEADER
                + "dora,Dora Dunn,Analyst,dora@example.org,,IT,nobody,\n"
                + "erik,Erik Ek,Analyst,erik@example.org,,IT,ann,\n");

        assertTrue(plan.hasErrors());
        PlannedRow dora = row(plan.employees(), "dora");
        assertEquals(Action.ERROR, dora.action());
        assertEquals(2, dora.line());
        assertTrue(english(dora.errors()).get(0).contains("Unknown supervisor \"nobody\""), english(dora.errors())::toString);
        assertEquals(Action.CREATE, row(plan.employees(), "erik").action());
    }

    @Test
    void aSupervisorLoopThroughTheFileAndTheOrganisationIsFound() {
        ImportPlan plan = plan(null, EMPLOYEE_HEADER + "ann,Ann Able,Head of IT,ann@example.org,,IT,bob,\n");

        PlannedRow ann = row(plan.employees(), "ann");
        assertEquals(Action.ERROR, ann.action());
        assertEquals(List.of("Supervisor loop: ann → bob → ann."), english(ann.errors()));
    }

    @Test
    void thePreviewSpeaksTheLanguageOfWhoeverReadsIt() {
        PlannedRow ann = row(plan(null, EMPLOYEE_HEADER + "ann,Ann Able,Head of IT,ann@example.org,,IT,bob,\n").employees(), "ann");
        assertEquals("Schleife bei den Vorgesetzten: ann → bob → ann.", ann.summary(Locale.GERMAN));
        assertEquals("Supervisor loop: ann → bob → ann.", ann.summary(Locale.ENGLISH));
    }

    @Test
    void aHeadFromAnotherDepartmentIsRefused() {
        ImportPlan plan = plan(DEPARTMENT_HEADER + "FIN,Finance,,bob,\n", null);

        assertEquals(List.of("Head bob belongs to department IT, not FIN."), english(row(plan.departments(), "FIN").errors()));
    }

    @Test
    void movingAHeadAwayFromTheirDepartmentIsRefused() {
        ImportPlan plan = plan(DEPARTMENT_HEADER + "FIN,Finance,,,\n",
                EMPLOYEE_HEADER + "ann,Ann Able,Head of IT,ann@example.org,,FIN,,\n");

        assertTrue(english(row(plan.employees(), "ann").errors()).get(0).contains("heads IT"));
    }

    @Test
    void everyProblemOfARowIsListed() {
        ImportPlan plan = plan(null, EMPLOYEE_HEADER + "Bad Name!,,x,not-an-email,abc,XX,,CEO\n");

        List<String> errors = english(plan.employees().get(0).errors());
        assertEquals(6, errors.size(), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("not a valid address")));
        assertTrue(errors.stream().anyMatch(e -> e.contains("Unknown department")));
        assertTrue(errors.stream().anyMatch(e -> e.contains("Role \"CEO\" cannot be granted")));
    }

    @Test
    void whatNoColumnCouldKeepIsReportedInThePreviewNotWhenTheImportRuns() {
        ImportPlan plan = plan(DEPARTMENT_HEADER + "OPS,Opera\u0000tions,,,\n",
                EMPLOYEE_HEADER + "cid,Cid Cole," + "x".repeat(101) + ",cid@example.org,,IT,ann,\n");

        assertEquals(List.of("Column name holds a character that cannot be stored (NUL)."), english(plan.departments().get(0).errors()));
        assertEquals(List.of("Job title may have at most 100 characters."), english(plan.employees().get(0).errors()));
    }

    @Test
    void aLineOfSeparatorsOnlyIsPassedOverLikeAnEmptyLine() {
        ImportPlan plan = plan(null, EMPLOYEE_HEADER + "cid,Cid Cole,,cid@example.org,,IT,ann,\n,,,,,,,\n  , , ,,,,,\n");

        assertEquals(1, plan.employees().size(), plan.employees()::toString);
        assertEquals(Action.CREATE, plan.employees().get(0).action());
    }

    @Test
    void duplicatesWithinAFileAreReported() {
        ImportPlan plan = plan(DEPARTMENT_HEADER + "FIN,Finance,,,\nfin,Finance again,,,\n", null);

        assertEquals(Action.CREATE, plan.departments().get(0).action());
        assertEquals(List.of("Code FIN is also on row 2."), english(plan.departments().get(1).errors()));
    }

    @Test
    void aDepartmentParentLoopIsFound() {
        ImportPlan plan = plan(DEPARTMENT_HEADER + "A,Alpha,B,,\nB,Beta,A,,\n", null);

        assertEquals(List.of("Parent loop: A → B → A."), english(plan.departments().get(0).errors()));
        assertEquals(List.of("Parent loop: B → A → B."), english(plan.departments().get(1).errors()));
    }

    @Test
    void aHundredThousandPeopleInOneChainAreCheckedWithoutWalkingTheChainForEachOfThem() {
        StringBuilder employees = new StringBuilder(EMPLOYEE_HEADER);
        for (int i = 0; i < 100_000; i++) {
            employees.append('p').append(i).append(",Person,Clerk,p@example.org,,IT,").append(i == 0 ? "ann" : "p" + (i - 1)).append(",\n");
        }

        ImportPlan plan = plan(null, employees.toString());

        assertFalse(plan.hasErrors());
        assertEquals(100_000, plan.writes());
    }

    @Test
    void aLongLoopIsNamedShortened() {
        StringBuilder employees = new StringBuilder(EMPLOYEE_HEADER);
        for (int i = 0; i < 20; i++) {
            employees.append('p').append(i).append(",Person,Clerk,p@example.org,,IT,p").append((i + 1) % 20).append(",\n");
        }

        ImportPlan plan = plan(null, employees.toString());

        assertEquals(List.of("Supervisor loop: p5 → p6 → p7 → p8 → p9 → p10 → p11 → p12 → … (12 more) → p5."),
                english(row(plan.employees(), "p5").errors()));
    }

    @Test
    void unknownCalendarsAndParentsAreReported() {
        ImportPlan plan = plan(DEPARTMENT_HEADER + "OPS,Operations,NOPE,,Moon time\n", null);

        assertEquals(List.of("Unknown calendar \"Moon time\".", "Unknown parent department \"NOPE\"."),
                english(plan.departments().get(0).errors()));
    }

    @Test
    void rolesAreKeptWhenTheFileGivesNone() {
        ImportPlan plan = plan(null, EMPLOYEE_HEADER.replace(",roles", "")
                + "bob,Bob Baker,Engineer,bob@example.org,,IT,ann\n");

        assertEquals(Action.UNCHANGED, plan.employees().get(0).action());
    }

    @Test
    void aMissingColumnMakesTheFileUnusable() {
        CsvTable table = CsvTable.read("username,full_name,email\nx,X,x@example.org\n".getBytes(StandardCharsets.UTF_8),
                ImportValidator.EMPLOYEE_COLUMNS, ImportValidator.EMPLOYEE_OPTIONAL_COLUMNS);

        assertNotNull(table.problem());
        assertTrue(english(table.problem()).startsWith("Missing columns: job_title, phone, department_code, supervisor_username."),
                english(table.problem()));
        assertTrue(table.rows().isEmpty());
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] latin1 = (EMPLOYEE_HEADER + "jose,José Núñez,,jose@example.org,,IT,,\n").getBytes(StandardCharsets.ISO_8859_1);

        CsvTable table = CsvTable.read(latin1, ImportValidator.EMPLOYEE_COLUMNS, ImportValidator.EMPLOYEE_OPTIONAL_COLUMNS);

        assertTrue(english(table.problem()).contains("not UTF-8"), english(table.problem()));
    }

    @Test
    void aByteOrderMarkQuotesAndHeaderCaseAreAccepted() {
        String csv = "\uFEFFCODE,Name,Parent_Code,head_username,calendar\r\n\"OPS\",\"Operations, Logistics\",,,\r\n";

        CsvTable table = CsvTable.read(csv.getBytes(StandardCharsets.UTF_8), ImportValidator.DEPARTMENT_COLUMNS, List.of());

        assertNull(table.problem());
        assertEquals("Operations, Logistics", table.rows().get(0).get("name"));
    }

    @Test
    void aSemicolonSeparatedFileIsReadLikeACommaSeparatedOne() {
        String csv = "code;name;parent_code;head_username;calendar\nOPS;\"Operations; North\";;;\n";
        CsvTable table = CsvTable.read(csv.getBytes(StandardCharsets.UTF_8), ImportValidator.DEPARTMENT_COLUMNS, List.of());
        assertNull(table.problem());
        assertEquals("Operations; North", table.rows().get(0).get("name"));
    }

    @Test
    void aColumnNamedTwiceIsRefusedRatherThanOneSilentlyWinning() {
        String csv = "code,name,parent_code,head_username,calendar,Name\nOPS,Operations,,,,Other\n";
        assertEquals("Column \"name\" is named twice in the first line; keep one.",
                english(CsvTable.read(csv.getBytes(StandardCharsets.UTF_8), ImportValidator.DEPARTMENT_COLUMNS, List.of()).problem()));
    }

    @Test
    void aQuoteLeftOpenNamesTheLineItStartsOn() {
        String csv = "code,name,parent_code,head_username,calendar\nOPS,Operations,,,\nLAB,\"Lab,,,\nQA,Quality,,,\n";
        String problem = english(CsvTable.read(csv.getBytes(StandardCharsets.UTF_8), ImportValidator.DEPARTMENT_COLUMNS, List.of()).problem());
        assertTrue(problem.startsWith("Line 3 is not valid CSV"), problem);
        assertFalse(problem.contains("Exception"), problem);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals("The file is empty.", english(CsvTable.read(new byte[0], ImportValidator.DEPARTMENT_COLUMNS, List.of()).problem()));
    }

    /** The preview's texts as an English reader sees them. */
    private static List<String> english(List<Message> texts) {
        return texts.stream().map(text -> text.render(Locale.ENGLISH)).toList();
    }

    private static String english(Message text) {
        return text == null ? null : text.render(Locale.ENGLISH);
    }
}
