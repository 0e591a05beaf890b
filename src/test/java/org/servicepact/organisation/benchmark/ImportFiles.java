package org.servicepact.organisation.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a departments file and an employees file for the organisation import: one department under the
 * demo's EXEC with the given number of people, each reporting to the person {@code fan} lines above
 * (10: a broad tree; 1: one long chain), the first to the demo's managing director.
 *
 * <pre>java -cp target/test-classes org.servicepact.organisation.benchmark.ImportFiles 100000 10 target/import</pre>
 */
public final class ImportFiles {

    private ImportFiles() {
    }

    public static void main(String[] args) throws IOException {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int fan = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path directory = Path.of(args.length > 2 ? args[2] : "target/import");
        Files.createDirectories(directory);
        String code = "BULK" + System.currentTimeMillis() % 100_000;
        String prefix = code.toLowerCase() + ".";
        Files.writeString(directory.resolve("departments.csv"), "code,name,parent_code,head_username,calendar\n"
                + code + "," + code + " Bulk,EXEC," + prefix + "p0,\n", StandardCharsets.UTF_8);
        try (Writer out = Files.newBufferedWriter(directory.resolve("employees.csv"), StandardCharsets.UTF_8)) {
            out.write("username,full_name,job_title,email,phone,department_code,supervisor_username\n");
            for (int i = 0; i < people; i++) {
                String supervisor = i == 0 ? "catherine.vogel" : prefix + "p" + (i - 1) / fan;
                out.write(prefix + "p" + i + ",Person " + i + ",Clerk,p" + i + "@servicepact.example,," + code + "," + supervisor + "\n");
            }
        }
        System.out.println("Wrote " + directory.resolve("departments.csv") + " and " + directory.resolve("employees.csv"));
    }
}
