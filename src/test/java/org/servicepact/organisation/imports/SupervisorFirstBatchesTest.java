package org.servicepact.organisation.imports;

import org.junit.jupiter.api.Test;
import org.servicepact.organisation.imports.ImportPlan.Action;
import org.servicepact.organisation.imports.ImportPlan.PlannedRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The order in which an import writes employees: supervisors first. */
class SupervisorFirstBatchesTest {

    private static PlannedRow row(long line, String username, String supervisor) {
        Map<String, String> values = new HashMap<>();
        values.put("username", username);
        values.put("supervisor_username", supervisor == null ? "" : supervisor);
        return new PlannedRow("employees.csv", line, username, Action.CREATE, Set.of(), List.of(), List.of(), values);
    }

    private static List<List<String>> keys(List<List<PlannedRow>> batches) {
        return batches.stream().map(batch -> batch.stream().map(PlannedRow::key).toList()).toList();
    }

    @Test
    void peopleAreWrittenAfterTheirSupervisors() {
        List<PlannedRow> rows = List.of(row(2, "dora", "carl"), row(3, "carl", "Ann"), row(4, "eve", null), row(5, "fay", "ann"));

        var batches = SupervisorFirstBatches.of(rows, Map.of(), 3);

        assertEquals(List.of(List.of("eve", "carl", "fay"), List.of("dora")), keys(batches));
    }

    @Test
    void theDepthIsTheOneAfterTheImportSoASwapNeverMeetsTheOldChain() {
        // stored: carl reports to ann; the file turns it round and puts ann under bob, who is not in the file
        Map<String, String> stored = new HashMap<>();
        stored.put("carl", "ann");
        stored.put("bob", "carl");
        stored.put("ann", null);
        List<PlannedRow> rows = List.of(row(2, "ann", "bob"), row(3, "carl", null));

        assertEquals(List.of(List.of("carl", "ann")), keys(SupervisorFirstBatches.of(rows, stored, 10)));
    }

    @Test
    void aLongChainIsOrderedWithoutRecursion() {
        List<PlannedRow> rows = new ArrayList<>();
        for (int i = 50_000; i >= 1; i--) {
            rows.add(row(i + 1, "p" + i, i == 1 ? null : "p" + (i - 1)));
        }
        for (int i = 1; i <= 5; i++) {
            rows.add(row(60_000 + i, "q" + i, null));
        }

        var batches = SupervisorFirstBatches.of(rows, Map.of(), 3);

        assertEquals(List.of("p1", "q1", "q2"), keys(batches).get(0));
        assertEquals(List.of("q3", "q4", "q5"), keys(batches).get(1));
        assertEquals(List.of("p2", "p3", "p4"), keys(batches).get(2));
        assertEquals(List.of("p50000"), keys(batches).get(batches.size() - 1));
    }
}
