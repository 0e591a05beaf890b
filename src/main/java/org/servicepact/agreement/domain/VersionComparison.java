package org.servicepact.agreement.domain;

import org.servicepact.calendar.domain.BusinessCalendar;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed from one version to another: the general terms, each service (matched by name) and each
 * commitment (matched by who owes it and its title) — added, removed, or changed field by field.
 */
public final class VersionComparison {

    /** What happened to one thing between the two versions. */
    public enum Change { ADDED, REMOVED, CHANGED }

    /** One difference: where (terms, a service, a commitment), what, and the values before and after. */
    public record Difference(String area, String item, Change change, String field, String before, String after) implements Serializable {
    }

    private VersionComparison() {
    }

    public static List<Difference> between(DraftContent older, DraftContent newer) {
        List<Difference> differences = new ArrayList<>();
        compareTerms(older.terms(), newer.terms(), differences);
        compareCalendars(older, newer, differences);
        compareItems("service", older.services(), newer.services(),
                s -> s.name().toLowerCase(Locale.ROOT), ServiceTerms::name, VersionComparison::serviceFields, differences);
        compareItems("commitment", older.commitments(), newer.commitments(),
                CommitmentTerms::identity, c -> c.owedBy() + ": " + c.title(), VersionComparison::commitmentFields, differences);
        return differences;
    }

    private static void compareTerms(VersionTerms a, VersionTerms b, List<Difference> out) {
        field(out, "terms", "", "effectiveFrom", a.effectiveFrom(), b.effectiveFrom());
        field(out, "terms", "", "effectiveUntil", a.effectiveUntil(), b.effectiveUntil());
        field(out, "terms", "", "reviewDate", a.reviewDate(), b.reviewDate());
        field(out, "terms", "", "autoCloseDays", a.autoCloseDays(), b.autoCloseDays());
        field(out, "terms", "", "escalationDelayHours", a.escalationDelayHours(), b.escalationDelayHours());
        field(out, "terms", "", "ratingWindowDays", a.ratingWindowDays(), b.ratingWindowDays());
    }

    private static void compareCalendars(DraftContent a, DraftContent b, List<Difference> out) {
        field(out, "terms", "", "providerCalendar", calendarName(a.providerCalendar()), calendarName(b.providerCalendar()));
        field(out, "terms", "", "consumerCalendar", calendarName(a.consumerCalendar()), calendarName(b.consumerCalendar()));
    }

    private static String calendarName(BusinessCalendar calendar) {
        return calendar == null ? null : calendar.getName();
    }

    private static <T> void compareItems(String area, List<T> older, List<T> newer, Function<T, String> identity,
                                         Function<T, String> label, Function<T, Map<String, Object>> fields,
                                         List<Difference> out) {
        Map<String, T> before = index(older, identity);
        Map<String, T> after = index(newer, identity);
        before.forEach((key, item) -> {
            T counterpart = after.get(key);
            if (counterpart == null) {
                out.add(new Difference(area, label.apply(item), Change.REMOVED, null, null, null));
            } else {
                Map<String, Object> was = fields.apply(item);
                Map<String, Object> is = fields.apply(counterpart);
                was.forEach((name, value) -> {
                    if (!Objects.equals(normalise(value), normalise(is.get(name)))) {
                        out.add(new Difference(area, label.apply(item), Change.CHANGED, name, text(value), text(is.get(name))));
                    }
                });
            }
        });
        after.forEach((key, item) -> {
            if (!before.containsKey(key)) {
                out.add(new Difference(area, label.apply(item), Change.ADDED, null, null, null));
            }
        });
    }

    private static Map<String, Object> serviceFields(ServiceTerms service) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("description", service.description());
        return fields;
    }

    private static Map<String, Object> commitmentFields(CommitmentTerms commitment) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("description", commitment.description());
        fields.put("rationale", commitment.rationale());
        fields.put("measure", commitment.measure());
        Targets targets = commitment.targets();
        fields.put("unit", targets == null ? null : targets.unit());
        for (Priority priority : Priority.values()) {
            fields.put(priority.name(), targets == null ? null : targets.of(priority));
        }
        return fields;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> identity) {
        Map<String, T> byKey = new LinkedHashMap<>();
        items.forEach(item -> byKey.putIfAbsent(identity.apply(item), item));
        return byKey;
    }

    private static void field(List<Difference> out, String area, String item, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            out.add(new Difference(area, item, Change.CHANGED, name, text(before), text(after)));
        }
    }

    /** 4.0 and 4.00 are the same target. */
    private static Object normalise(Object value) {
        return value instanceof BigDecimal number ? number.stripTrailingZeros() : value;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : value.toString();
    }
}
