package org.servicepact.organisation.imports;

import org.junit.jupiter.api.Test;
import org.servicepact.organisation.imports.OrganisationSnapshot.DepartmentState;
import org.servicepact.organisation.imports.OrganisationSnapshot.EmployeeState;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

/**
 * Files an administrator might upload by mistake, or on purpose: random mixes of the import's own columns and values
 * with separators, quotes, line breaks, byte order marks, NULs, control characters, non-UTF-8 bytes, names of any
 * length and loops. Each must end in a plan or in a problem to show, never in an exception the page cannot explain.
 */
class ImportFuzzTest {

    private static final List<String> PIECES = List.of(",", ";", "\"", "\"\"", "\n", "\r\n", "\r", "\uFEFF", "\u0000", "\t",
            " ", "IT", "OPS", "ann", "bob", "cid", "Head office", "x@example.org", "not-an-email", "ADMIN", "HR", "ADMIN;HR",
            "GOD", "username", "full_name", "code", "name", "parent_code", "head_username", "calendar", "department_code",
            "supervisor_username", "roles", "job_title", "email", "phone", "José", "\u202e", "=1+2", "x".repeat(300), "",
            "\uD83D\uDE00", "\uD800");
    private static final String DEPARTMENT_HEADER = "code,name,parent_code,head_username,calendar\n";
    private static final String EMPLOYEE_HEADER = "username,full_name,job_title,email,phone,department_code,supervisor_username,roles\n";
    private static final OrganisationSnapshot EXISTING = new OrganisationSnapshot(
            Map.of("IT", new DepartmentState("IT", "Information Technology", null, "ann", null)),
            Map.of("ann", new EmployeeState("ann", "Ann Able", "Head of IT", "ann@example.org", null, "IT", null, Set.of(), true, false),
                    "bob", new EmployeeState("bob", "Bob Baker", "Engineer", "bob@example.org", null, "IT", "ann", Set.of(), true, true)),
            Set.of("Head office"));

    @Test
    void noFileMakesTheImportThrow() {
        Random random = new Random(Long.getLong("fuzz.seed", 20261202));
        for (int i = 0; i < Integer.getInteger("fuzz.files", 3_000); i++) {
            byte[] departments = file(random, DEPARTMENT_HEADER);
            byte[] employees = file(random, EMPLOYEE_HEADER);
            ImportSource source = random.nextBoolean() ? ImportSource.CSV_FILES : ImportSource.DIRECTORY;
            assertDoesNotThrow(() -> plan(departments, employees, source),
                    () -> "departments: " + shown(departments) + "\nemployees: " + shown(employees));
        }
    }

    private static ImportPlan plan(byte[] departments, byte[] employees, ImportSource source) {
        CsvTable departmentTable = departments == null ? null
                : CsvTable.read(departments, ImportValidator.DEPARTMENT_COLUMNS, List.of());
        CsvTable employeeTable = employees == null ? null
                : CsvTable.read(employees, ImportValidator.EMPLOYEE_COLUMNS, ImportValidator.EMPLOYEE_OPTIONAL_COLUMNS);
        return ImportValidator.plan(departmentTable, employeeTable, EXISTING, source);
    }

    /** Often the right header with rows of the right length, sometimes anything; now and then no file at all. */
    private static byte[] file(Random random, String header) {
        if (random.nextInt(8) == 0) {
            return null;
        }
        StringBuilder text = new StringBuilder(random.nextInt(3) == 0 ? "" : header);
        int columns = header.split(",").length;
        for (int row = random.nextInt(6); row > 0; row--) {
            for (int column = 0; column < columns + random.nextInt(3) - 1; column++) {
                text.append(column == 0 ? "" : random.nextInt(10) == 0 ? ";" : ",");
                for (int piece = random.nextInt(3); piece > 0; piece--) {
                    text.append(PIECES.get(random.nextInt(PIECES.size())));
                }
            }
            text.append(random.nextInt(5) == 0 ? "\r\n" : "\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0 && random.nextInt(20) == 0) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        return bytes;
    }

    private static String shown(byte[] file) {
        return file == null ? "none" : new String(file, StandardCharsets.UTF_8).replace("\n", "\\n").replace("\r", "\\r");
    }
}
