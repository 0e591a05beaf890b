package org.servicepact.insight.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Which requests a report counts: those submitted in the period, optionally only with a given provider,
 * a given consumer, or a given department on either side. It writes its own SQL condition over the request
 * alias {@code r}, with positional parameters, so nothing a user chose is written into the SQL text.
 */
public record FigureFilter(Period period, Long providerId, Long consumerId, Long eitherDepartmentId) implements Serializable {

    public static FigureFilter all(Period period) {
        return new FigureFilter(period, null, null, null);
    }

    public static FigureFilter involving(Period period, long departmentId) {
        return new FigureFilter(period, null, null, departmentId);
    }

    public static FigureFilter asProvider(Period period, long departmentId) {
        return new FigureFilter(period, departmentId, null, null);
    }

    public static FigureFilter asConsumer(Period period, long departmentId) {
        return new FigureFilter(period, null, departmentId, null);
    }

    /** The condition, starting with WHERE, whose parameters {@link #parameters()} lists in order. */
    String where() {
        StringBuilder sql = new StringBuilder(" WHERE r.period_month BETWEEN ? AND ?");
        if (providerId != null) {
            sql.append(" AND r.provider_id = ?");
        }
        if (consumerId != null) {
            sql.append(" AND r.consumer_id = ?");
        }
        if (eitherDepartmentId != null) {
            sql.append(" AND (r.provider_id = ? OR r.consumer_id = ?)");
        }
        return sql.toString();
    }

    List<Object> parameters() {
        List<Object> parameters = new ArrayList<>(List.of(period.fromKey(), period.toKey()));
        if (providerId != null) {
            parameters.add(providerId);
        }
        if (consumerId != null) {
            parameters.add(consumerId);
        }
        if (eitherDepartmentId != null) {
            parameters.add(eitherDepartmentId);
            parameters.add(eitherDepartmentId);
        }
        return parameters;
    }
}
