package org.servicepact.insight.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps {@code tie_month}, the report figures summed per direction of a tie and month, consistent with the
 * requests: a tie-month is recomputed from its requests (their cached columns, clocks, escalations and ratings)
 * once one of them is marked changed; many pending tie-months at once (a first start, an import) rebuild the
 * whole table in one pass. Everything here can be rebuilt from the requests at any time.
 */
@ApplicationScoped
public class TieMonthRollup {

    /** From this many pending tie-months on, one pass over all requests is cheaper than one query per tie-month. */
    static final int FULL_REBUILD_FROM = 300;

    /** The figure columns of tie_month, in the order {@link Sums} keeps them. */
    static final List<String> COLUMNS = List.of("requests", "resolved", "first_time", "reopened", "provider_met",
            "provider_breached", "consumer_met", "consumer_breached", "provider_wait_seconds", "consumer_wait_seconds",
            "escalations_provider", "escalations_consumer", "rated_provider", "provider_respect", "provider_helpfulness",
            "provider_integrity", "provider_workmanship", "rated_consumer", "consumer_respect", "consumer_clarity",
            "consumer_responsiveness", "consumer_fairness", "first_response_met", "first_response_breached", "resolution_met",
            "resolution_breached", "clarification_met", "clarification_breached", "advance_notice_met",
            "advance_notice_breached", "confirmation_met", "confirmation_breached", "completeness_met", "completeness_breached");

    private static final String KEYS = "r.provider_id, r.consumer_id, r.period_month";

    @PersistenceContext
    EntityManager em;

    /**
     * Recomputes the tie-months of the requests marked changed up to {@code upTo} and clears their marks;
     * answers how many tie-months were recomputed (every one, when the table was rebuilt whole). Marks set later
     * wait for the next run. An empty table while requests exist is rebuilt whole.
     */
    @Transactional
    public int refreshPending(Instant upTo) {
        // PostgreSQL's driver binds an OffsetDateTime to TIMESTAMP WITH TIME ZONE, but no Instant.
        OffsetDateTime until = upTo.atOffset(ZoneOffset.UTC);
        List<Object[]> pending = rows(em.createNativeQuery("SELECT DISTINCT provider_id, consumer_id, period_month"
                + " FROM peer_request WHERE figures_changed_at <= ?").setParameter(1, until));
        int recomputed = pending.size();
        if (pending.size() >= FULL_REBUILD_FROM || isMissing()) {
            recomputed = rebuild("", List.of());
        } else {
            for (Object[] tieMonth : pending) {
                rebuild(" WHERE r.provider_id = ? AND r.consumer_id = ? AND r.period_month = ?", List.of(tieMonth));
            }
        }
        em.createNativeQuery("UPDATE peer_request SET figures_changed_at = NULL WHERE figures_changed_at <= ?")
                .setParameter(1, until).executeUpdate();
        return recomputed;
    }

    /**
     * Whether the table is empty while there are requests: a new or upgraded database, or a bulk load, whose
     * figures the next run sums (while it does, other transactions still see the table empty).
     */
    public boolean isMissing() {
        return rows(em.createNativeQuery("SELECT (SELECT COUNT(*) FROM (SELECT provider_id FROM tie_month FETCH FIRST 1 ROWS ONLY) t),"
                + " (SELECT COUNT(*) FROM (SELECT id FROM peer_request FETCH FIRST 1 ROWS ONLY) r)")).stream()
                .anyMatch(row -> number(row[0]) == 0 && number(row[1]) > 0);
    }

    /**
     * Replaces the tie-month rows the condition selects (over requests aliased {@code r}) with sums from the
     * requests; answers how many rows it wrote.
     */
    private int rebuild(String where, List<Object> parameters) {
        bind(em.createNativeQuery("DELETE FROM tie_month r" + where), parameters).executeUpdate();
        Map<List<Long>, Sums> sums = new LinkedHashMap<>();
        for (Object[] row : query("SELECT " + KEYS + ", COUNT(*), SUM(CASE WHEN r.first_time_resolution IS NULL THEN 0 ELSE 1 END),"
                + " SUM(COALESCE(r.first_time_resolution, 0)),"
                + " SUM(CASE WHEN r.first_time_resolution IS NOT NULL AND r.reopen_count > 0 THEN 1 ELSE 0 END)"
                + " FROM peer_request r" + where + " GROUP BY " + KEYS, parameters)) {
            sums(sums, row).add(row, 3, "requests", "resolved", "first_time", "reopened");
        }
        for (Object[] row : query("SELECT " + KEYS + ", c.measure, c.owed_by, SUM(CASE WHEN c.state = 'MET' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.state = 'BREACHED' THEN 1 ELSE 0 END), SUM(c.elapsed_seconds)"
                + " FROM request_clock c JOIN peer_request r ON r.id = c.request_id" + where
                + " GROUP BY " + KEYS + ", c.measure, c.owed_by", parameters)) {
            sums(sums, row).clocks((String) row[3], (String) row[4], number(row[5]), number(row[6]), number(row[7]));
        }
        for (Object[] row : query("SELECT " + KEYS + ", SUM(CASE WHEN e.breached_side = 'PROVIDER' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN e.breached_side = 'CONSUMER' THEN 1 ELSE 0 END)"
                + " FROM escalation e JOIN peer_request r ON r.id = e.request_id" + where + " GROUP BY " + KEYS, parameters)) {
            sums(sums, row).add(row, 3, "escalations_provider", "escalations_consumer");
        }
        for (Object[] row : query("SELECT " + KEYS + ", g.rated_side, COUNT(*), SUM(g.respect), SUM(g.helpfulness),"
                + " SUM(g.integrity), SUM(g.workmanship), SUM(g.clarity), SUM(g.responsiveness), SUM(g.fairness)"
                + " FROM rating g JOIN peer_request r ON r.id = g.request_id" + where + " GROUP BY " + KEYS + ", g.rated_side",
                parameters)) {
            if ("PROVIDER".equals(row[3])) {
                sums(sums, row).add(row, 4, "rated_provider", "provider_respect", "provider_helpfulness", "provider_integrity",
                        "provider_workmanship");
            } else {
                Object[] consumerColumns = {row[0], row[1], row[2], row[3], row[4], row[5], row[9], row[10], row[11]};
                sums(sums, row).add(consumerColumns, 4, "rated_consumer", "consumer_respect", "consumer_clarity",
                        "consumer_responsiveness", "consumer_fairness");
            }
        }
        String insert = "INSERT INTO tie_month (provider_id, consumer_id, period_month, " + String.join(", ", COLUMNS)
                + ") VALUES (?, ?, ?" + ", ?".repeat(COLUMNS.size()) + ")";
        sums.forEach((key, row) -> {
            Query query = em.createNativeQuery(insert).setParameter(1, key.get(0)).setParameter(2, key.get(1))
                    .setParameter(3, key.get(2).intValue());
            for (int i = 0; i < COLUMNS.size(); i++) {
                query.setParameter(4 + i, row.values[i]);
            }
            query.executeUpdate();
        });
        return sums.size();
    }

    private static Sums sums(Map<List<Long>, Sums> sums, Object[] row) {
        return sums.computeIfAbsent(List.of(number(row[0]), number(row[1]), number(row[2])), key -> new Sums());
    }

    private List<Object[]> query(String sql, List<Object> parameters) {
        return rows(bind(em.createNativeQuery(sql), parameters));
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** One tie-month's figures while the queries fill them in. */
    private static final class Sums {
        private final long[] values = new long[COLUMNS.size()];

        void add(Object[] row, int from, String... columns) {
            for (int i = 0; i < columns.length; i++) {
                values[COLUMNS.indexOf(columns[i])] += number(row[from + i]);
            }
        }

        /** One measure's clocks of one side: met and breached, and whose waiting the business time counts. */
        void clocks(String measure, String owedBy, long met, long breached, long elapsedSeconds) {
            String side = owedBy.toLowerCase(Locale.ROOT);
            values[COLUMNS.indexOf(side + "_met")] += met;
            values[COLUMNS.indexOf(side + "_breached")] += breached;
            String prefix = measure.toLowerCase(Locale.ROOT);
            values[COLUMNS.indexOf(prefix + "_met")] += met;
            values[COLUMNS.indexOf(prefix + "_breached")] += breached;
            if ("CLARIFICATION".equals(measure)) {
                values[COLUMNS.indexOf("provider_wait_seconds")] += elapsedSeconds;
            } else if ("RESOLUTION".equals(measure)) {
                values[COLUMNS.indexOf("consumer_wait_seconds")] += elapsedSeconds;
            }
        }
    }
}
