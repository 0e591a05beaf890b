package org.servicepact.organisation.imports;

import org.servicepact.platform.i18n.Message;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What an import would do, row by row, before anything is written: which rows create or change
 * something, which change nothing, and which are wrong and why.
 */
public record ImportPlan(Message departmentFileProblem, Message employeeFileProblem,
                         List<PlannedRow> departments, List<PlannedRow> employees) implements Serializable {

    public ImportPlan {
        departments = List.copyOf(departments);
        employees = List.copyOf(employees);
    }

    /** What one row would do. */
    public enum Action { CREATE, UPDATE, UNCHANGED, DEACTIVATE, ERROR }

    /**
     * One row of a file: where it is, the record it is about, what would happen, which fields it would
     * change and how (field: old → new, for reading) and, for a wrong row, every reason, each a message the page
     * renders in its reader's language.
     */
    public record PlannedRow(String file, long line, String key, Action action, Set<String> changedFields,
                             List<Message> changes, List<Message> errors, Map<String, String> values) implements Serializable {
        public PlannedRow {
            changedFields = Set.copyOf(changedFields);
            changes = List.copyOf(changes);
            errors = List.copyOf(errors);
            values = Map.copyOf(values);
        }

        static PlannedRow wrong(String file, CsvTable.Row row, String key, List<Message> errors) {
            return new PlannedRow(file, row.line(), key, Action.ERROR, Set.of(), List.of(), errors, row.values());
        }

        /** A person the directory no longer lists, not in any file: no line, no values. */
        static PlannedRow deactivating(String key, Message description, List<Message> errors) {
            return new PlannedRow(ImportValidator.EMPLOYEES_FILE, 0, key, errors.isEmpty() ? Action.DEACTIVATE : Action.ERROR,
                    Set.of("active"), List.of(description), errors, Map.of());
        }

        static PlannedRow creating(String file, CsvTable.Row row, String key, Message description) {
            return new PlannedRow(file, row.line(), key, Action.CREATE, Set.of(), List.of(description), List.of(), row.values());
        }

        /** A column's value, stripped; {@code null} when blank. */
        public String value(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        /** What happens to the row, or what is wrong with it, in {@code language}. */
        public String summary(Locale language) {
            return String.join("; ", (action == Action.ERROR ? errors : changes).stream().map(text -> text.render(language)).toList());
        }
    }

    public boolean hasErrors() {
        return departmentFileProblem != null || employeeFileProblem != null
                || allRows().stream().anyMatch(row -> row.action() == Action.ERROR);
    }

    public long count(Action action) {
        return allRows().stream().filter(row -> row.action() == action).count();
    }

    /** Rows that write something when the plan is applied. */
    public long writes() {
        return count(Action.CREATE) + count(Action.UPDATE) + count(Action.DEACTIVATE);
    }

    public List<PlannedRow> allRows() {
        return Stream.concat(departments.stream(), employees.stream()).toList();
    }
}
