package org.servicepact.organisation.imports;

import org.servicepact.organisation.imports.ImportPlan.PlannedRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Orders the employee rows an import writes by their depth below the top of the organisation as it will
 * be after the import, and cuts them into batches that are each flushed on their own. So a new person's
 * supervisor is mostly stored by an earlier batch already and can be linked as the person is inserted;
 * only supervisors new in the same batch (a long chain) are linked afterwards.
 */
final class SupervisorFirstBatches {

    private SupervisorFirstBatches() {
    }

    /**
     * @param rows               the employee rows that create or change someone
     * @param storedSupervisors  username → supervisor's username (both lower case) as stored, for everyone
     * @param batchSize          the most rows in one batch
     */
    static List<List<PlannedRow>> of(List<PlannedRow> rows, Map<String, String> storedSupervisors, int batchSize) {
        Map<String, String> supervisorAfter = new HashMap<>(storedSupervisors);
        for (PlannedRow row : rows) {
            supervisorAfter.put(row.key(), supervisorOf(row));
        }
        Map<String, Integer> depths = new HashMap<>();
        rows.forEach(row -> recordDepth(row.key(), supervisorAfter, depths));
        List<PlannedRow> ordered = new ArrayList<>(rows);
        ordered.sort(Comparator.comparingInt((PlannedRow row) -> depths.get(row.key())).thenComparingLong(PlannedRow::line));
        List<List<PlannedRow>> batches = new ArrayList<>();
        for (int from = 0; from < ordered.size(); from += batchSize) {
            batches.add(ordered.subList(from, Math.min(from + batchSize, ordered.size())));
        }
        return batches;
    }

    /** The supervisor a row names, lower case; {@code null} for none. */
    static String supervisorOf(PlannedRow row) {
        String supervisor = row.values().get("supervisor_username");
        return supervisor == null || supervisor.isBlank() ? null : supervisor.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Notes how many supervisors are above {@code username}; walks up without recursion (a chain may be as long
     * as the organisation) and remembers every depth it passes. The validator has refused loops.
     */
    private static void recordDepth(String username, Map<String, String> supervisorAfter, Map<String, Integer> depths) {
        List<String> unknown = new ArrayList<>();
        String current = username;
        while (current != null && !depths.containsKey(current)) {
            unknown.add(current);
            if (unknown.size() > supervisorAfter.size() + 1) {
                throw new IllegalStateException("Supervisor loop through " + username);
            }
            current = supervisorAfter.get(current);
        }
        int depth = current == null ? -1 : depths.get(current);
        for (int i = unknown.size() - 1; i >= 0; i--) {
            depths.put(unknown.get(i), ++depth);
        }
    }
}
