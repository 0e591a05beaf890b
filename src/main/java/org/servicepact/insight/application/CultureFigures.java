package org.servicepact.insight.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Side;
import org.servicepact.feedback.domain.Principle;
import org.servicepact.insight.domain.RatingSums;
import org.servicepact.insight.domain.TieFigures;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The culture's figures, each a handful of SQL aggregates (GROUP BY in the database, never a request loaded
 * into memory): per direction of a tie, optionally per month; ratings per party; compliance per commitment;
 * escalation and letter hot spots; how complete and timely each department's own requests are.
 */
@ApplicationScoped
public class CultureFigures {

    /** How the figures are grouped: by direction of a tie, or by direction and month. */
    public enum Grouping {
        TIE("r.provider_id, r.consumer_id, 0", "r.provider_id, r.consumer_id"),
        TIE_AND_MONTH("r.provider_id, r.consumer_id, r.period_month", "r.provider_id, r.consumer_id, r.period_month");

        private final String select;
        private final String groupBy;

        Grouping(String select, String groupBy) {
            this.select = select;
            this.groupBy = groupBy;
        }
    }

    private static final List<Principle> PRINCIPLES = List.of(Principle.values());

    @PersistenceContext
    EntityManager em;

    /** The raw figures of every direction of every tie the filter lets through. */
    public Map<FigureKey, TieFigures> figures(FigureFilter filter, Grouping grouping) {
        Map<FigureKey, Counts> counts = new LinkedHashMap<>();
        Function<Object[], Counts> at = row -> counts.computeIfAbsent(key(row), k -> new Counts());
        String from = " FROM peer_request r";
        rows("SELECT " + grouping.select + ", COUNT(*), SUM(CASE WHEN r.first_time_resolution IS NULL THEN 0 ELSE 1 END),"
                + " SUM(COALESCE(r.first_time_resolution, 0)),"
                + " SUM(CASE WHEN r.first_time_resolution IS NOT NULL AND r.reopen_count > 0 THEN 1 ELSE 0 END)"
                + from + filter.where() + " GROUP BY " + grouping.groupBy, filter)
                .forEach(row -> at.apply(row).requests(row));
        rows("SELECT " + grouping.select + ","
                + " SUM(CASE WHEN c.owed_by = 'PROVIDER' AND c.state = 'MET' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.owed_by = 'PROVIDER' AND c.state = 'BREACHED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.owed_by = 'CONSUMER' AND c.state = 'MET' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.owed_by = 'CONSUMER' AND c.state = 'BREACHED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.measure = 'CLARIFICATION' THEN c.elapsed_seconds ELSE 0 END),"
                + " SUM(CASE WHEN c.measure = 'RESOLUTION' THEN c.elapsed_seconds ELSE 0 END)"
                + " FROM request_clock c JOIN peer_request r ON r.id = c.request_id" + filter.where()
                + " GROUP BY " + grouping.groupBy, filter)
                .forEach(row -> at.apply(row).clocks(row));
        rows("SELECT " + grouping.select + ", SUM(CASE WHEN e.breached_side = 'PROVIDER' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN e.breached_side = 'CONSUMER' THEN 1 ELSE 0 END)"
                + " FROM escalation e JOIN peer_request r ON r.id = e.request_id" + filter.where()
                + " GROUP BY " + grouping.groupBy, filter)
                .forEach(row -> at.apply(row).escalations(row));
        rows("SELECT " + grouping.select + ", g.rated_side, COUNT(*), " + principleSums()
                + " FROM rating g JOIN peer_request r ON r.id = g.request_id" + filter.where()
                + " GROUP BY " + grouping.groupBy + ", g.rated_side", filter)
                .forEach(row -> at.apply(row).ratings(row));
        Map<FigureKey, TieFigures> figures = new LinkedHashMap<>();
        counts.forEach((key, count) -> figures.put(key, count.toFigures()));
        return figures;
    }

    /** The ratings each party received as the given side, over the filtered requests. */
    public Map<Long, RatingSums> ratingsByParty(FigureFilter filter, Side ratedSide) {
        Map<Long, RatingSums> byParty = new HashMap<>();
        rows("SELECT g.rated_party_id, COUNT(*), " + principleSums() + " FROM rating g JOIN peer_request r ON r.id = g.request_id"
                + filter.where() + " AND g.rated_side = ? GROUP BY g.rated_party_id", filter, ratedSide.name())
                .forEach(row -> byParty.put(number(row[0]), ratingSums(row, 1)));
        return byParty;
    }

    /** Per measure of the given side: clocks met and breached. */
    public Map<Measure, long[]> complianceByMeasure(FigureFilter filter, Side owedBy) {
        Map<Measure, long[]> byMeasure = new EnumMap<>(Measure.class);
        rows("SELECT c.measure, SUM(CASE WHEN c.state = 'MET' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.state = 'BREACHED' THEN 1 ELSE 0 END)"
                + " FROM request_clock c JOIN peer_request r ON r.id = c.request_id" + filter.where()
                + " AND c.owed_by = ? GROUP BY c.measure", filter, owedBy.name())
                .forEach(row -> byMeasure.put(Measure.valueOf((String) row[0]), new long[] {number(row[1]), number(row[2])}));
        return byMeasure;
    }

    /** Escalations per department they were about (the provider's or the consumer's failing). */
    public Map<Long, Long> escalationsByDepartment(FigureFilter filter) {
        String about = "CASE WHEN e.breached_side = 'PROVIDER' THEN r.provider_id ELSE r.consumer_id END";
        Map<Long, Long> byDepartment = new HashMap<>();
        rows("SELECT " + about + ", COUNT(*) FROM escalation e JOIN peer_request r ON r.id = e.request_id" + filter.where()
                + " GROUP BY " + about, filter)
                .forEach(row -> byDepartment.put(number(row[0]), number(row[1])));
        return byDepartment;
    }

    /** Letters written in the period per department they were about: {complaints, compliments}. */
    public Map<Long, long[]> lettersByDepartment(Period period) {
        Map<Long, long[]> byDepartment = new HashMap<>();
        Query query = em.createNativeQuery("SELECT l.about_department_id, SUM(CASE WHEN l.kind = 'COMPLAINT' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN l.kind = 'COMPLIMENT' THEN 1 ELSE 0 END) FROM letter l"
                + " WHERE l.period_month BETWEEN ? AND ? GROUP BY l.about_department_id");
        query.setParameter(1, period.fromKey()).setParameter(2, period.toKey());
        results(query).forEach(row -> byDepartment.put(number(row[0]), new long[] {number(row[1]), number(row[2])}));
        return byDepartment;
    }

    /**
     * Per consumer department, how its own requests went on its side: {requests flagged incomplete,
     * clarifications answered late, clarifications answered in all, requests with too short a notice}.
     */
    public Map<Long, long[]> consumerDiscipline(FigureFilter filter) {
        Map<Long, long[]> byConsumer = new HashMap<>();
        rows("SELECT r.consumer_id,"
                + " SUM(CASE WHEN c.measure = 'COMPLETENESS' AND c.state = 'BREACHED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.measure = 'CLARIFICATION' AND c.state = 'BREACHED' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.measure = 'CLARIFICATION' AND c.state <> 'OPEN' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.measure = 'ADVANCE_NOTICE' AND c.state = 'BREACHED' THEN 1 ELSE 0 END)"
                + " FROM request_clock c JOIN peer_request r ON r.id = c.request_id" + filter.where()
                + " GROUP BY r.consumer_id", filter)
                .forEach(row -> byConsumer.put(number(row[0]), new long[] {number(row[1]), number(row[2]), number(row[3]),
                        number(row[4])}));
        return byConsumer;
    }

    /** Every party's name by id: departments and external parties. */
    public Map<Long, String> partyNames() {
        Map<Long, String> names = new HashMap<>();
        em.createQuery("SELECT p.id, p.name FROM Party p", Object[].class).getResultList()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    /** Runs the query with the filter's parameters, then the {@code more} that the SQL adds after the filter. */
    private List<Object[]> rows(String sql, FigureFilter filter, Object... more) {
        Query query = em.createNativeQuery(sql);
        List<Object> parameters = new ArrayList<>(filter.parameters());
        parameters.addAll(List.of(more));
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return results(query);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> results(Query query) {
        return query.getResultList();
    }

    private static String principleSums() {
        return String.join(", ", PRINCIPLES.stream().map(p -> "SUM(g." + p.name().toLowerCase(Locale.ROOT) + ")").toList());
    }

    private static FigureKey key(Object[] row) {
        return new FigureKey(number(row[0]), number(row[1]), (int) number(row[2]));
    }

    /** Rating sums from a row: the count at {@code from}, then one sum per principle (null where not rated). */
    private static RatingSums ratingSums(Object[] row, int from) {
        Map<Principle, Long> sums = new EnumMap<>(Principle.class);
        for (int i = 0; i < PRINCIPLES.size(); i++) {
            Object sum = row[from + 1 + i];
            if (sum != null) {
                sums.put(PRINCIPLES.get(i), number(sum));
            }
        }
        return new RatingSums(number(row[from]), sums);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The counts of one group while the four queries fill them in. */
    private static final class Counts {
        private final long[] requests = new long[4];
        private final long[] clocks = new long[6];
        private final long[] escalations = new long[2];
        private RatingSums ofProvider = RatingSums.NONE;
        private RatingSums ofConsumer = RatingSums.NONE;

        void requests(Object[] row) {
            copy(row, 3, requests);
        }

        void clocks(Object[] row) {
            copy(row, 3, clocks);
        }

        void escalations(Object[] row) {
            copy(row, 3, escalations);
        }

        void ratings(Object[] row) {
            RatingSums sums = ratingSums(row, 4);
            if (Side.PROVIDER.name().equals(row[3])) {
                ofProvider = sums;
            } else {
                ofConsumer = sums;
            }
        }

        private static void copy(Object[] row, int from, long[] into) {
            for (int i = 0; i < into.length; i++) {
                into[i] = number(row[from + i]);
            }
        }

        TieFigures toFigures() {
            return new TieFigures(requests[0], requests[1], requests[2], requests[3], clocks[0], clocks[1], clocks[2], clocks[3],
                    clocks[4], clocks[5], escalations[0], escalations[1], ofProvider, ofConsumer);
        }
    }
}
