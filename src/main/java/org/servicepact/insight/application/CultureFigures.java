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

/**
 * The culture's figures as SQL aggregates over {@code tie_month} (the figures per direction of a tie and month,
 * kept by {@link TieMonthRollup}): per direction of a tie, optionally per month; ratings per party; compliance
 * per commitment; escalation hot spots; how complete and timely each department's own requests are. Only
 * letters are counted from their own table.
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

    /** The columns of tie_month that make a {@link TieFigures}: the counts, then the ratings of either side. */
    /** Each side's rating columns and principles, named once: a report reads them for every row it sums. */
    private static final Map<Side, List<String>> RATING_COLUMNS = new EnumMap<>(Map.of(
            Side.PROVIDER, ratingColumns(Side.PROVIDER), Side.CONSUMER, ratingColumns(Side.CONSUMER)));
    private static final Map<Side, List<Principle>> RATED_PRINCIPLES = new EnumMap<>(Map.of(
            Side.PROVIDER, Principle.ratedFor(Side.PROVIDER), Side.CONSUMER, Principle.ratedFor(Side.CONSUMER)));
    private static final List<String> TIE_COLUMNS = TieMonthRollup.COLUMNS.subList(0,
            TieMonthRollup.COLUMNS.indexOf("consumer_fairness") + 1);

    @PersistenceContext
    EntityManager em;

    /** The figures of every direction of every tie the filter lets through. */
    public Map<FigureKey, TieFigures> figures(FigureFilter filter, Grouping grouping) {
        Map<FigureKey, TieFigures> figures = new LinkedHashMap<>();
        String sums = String.join(", ", TIE_COLUMNS.stream().map(c -> "SUM(r." + c + ")").toList());
        Map<FigureKey, long[]> raters = raters(filter, grouping);
        for (Object[] row : rows("SELECT " + grouping.select + ", " + sums + " FROM tie_month r" + filter.where()
                + " GROUP BY " + grouping.groupBy, filter)) {
            FigureKey key = key(row);
            figures.put(key, tieFigures(named(row, 3, TIE_COLUMNS), raters.getOrDefault(key, new long[2])));
        }
        return figures;
    }

    /** A tie's figures from its summed columns, by name, and the different people who rated either side. */
    private static TieFigures tieFigures(Map<String, Long> column, long[] raters) {
        return new TieFigures(column.get("requests"), column.get("resolved"), column.get("first_time"), column.get("reopened"),
                column.get("provider_met"), column.get("provider_breached"), column.get("consumer_met"),
                column.get("consumer_breached"), column.get("provider_wait_seconds"), column.get("consumer_wait_seconds"),
                column.get("escalations_provider"), column.get("escalations_consumer"),
                ratingSums(column, Side.PROVIDER, raters[0]), ratingSums(column, Side.CONSUMER, raters[1]));
    }

    /** The ratings of one side from its rating columns ({@link #ratingColumns}), by name. */
    private static RatingSums ratingSums(Map<String, Long> column, Side rated, long raters) {
        List<String> names = RATING_COLUMNS.get(rated);
        List<Principle> principles = RATED_PRINCIPLES.get(rated);
        long count = column.get(names.get(0));
        Map<Principle, Long> sums = new EnumMap<>(Principle.class);
        if (count > 0) {
            for (int i = 0; i < principles.size(); i++) {
                sums.put(principles.get(i), column.get(names.get(i + 1)));
            }
        }
        return new RatingSums(count, raters, sums);
    }

    /** One side's rating columns, as tie_month names them: how many ratings, then one sum per principle. */
    private static List<String> ratingColumns(Side rated) {
        String side = rated.name().toLowerCase(Locale.ROOT);
        List<String> columns = new ArrayList<>(List.of("rated_" + side));
        Principle.ratedFor(rated).forEach(principle -> columns.add(side + "_" + principle.name().toLowerCase(Locale.ROOT)));
        return List.copyOf(columns);
    }

    /**
     * Per group: the different people who rated the provider, and those who rated the consumer. Counted from the
     * ratings themselves, since different people cannot be summed over the months of {@code tie_month}.
     */
    private Map<FigureKey, long[]> raters(FigureFilter filter, Grouping grouping) {
        Map<FigureKey, long[]> raters = new HashMap<>();
        for (Object[] row : rows("SELECT " + grouping.select + ", COUNT(DISTINCT CASE WHEN g.rated_side = 'PROVIDER' THEN g.rater_id END),"
                + " COUNT(DISTINCT CASE WHEN g.rated_side = 'CONSUMER' THEN g.rater_id END)"
                + " FROM rating g JOIN peer_request r ON r.id = g.request_id" + filter.where() + " GROUP BY " + grouping.groupBy, filter)) {
            raters.put(key(row), numbers(row, 3, 2));
        }
        return raters;
    }

    /** The ratings each party received as the given side, with the different people who gave them. */
    public Map<Long, RatingSums> ratingsByParty(FigureFilter filter, Side ratedSide) {
        String party = ratedSide == Side.PROVIDER ? "r.provider_id" : "r.consumer_id";
        String sums = String.join(", ", Principle.ratedFor(ratedSide).stream()
                .map(p -> "SUM(g." + p.name().toLowerCase(Locale.ROOT) + ")").toList());
        List<Object> parameters = new ArrayList<>(List.of(ratedSide.name()));
        parameters.addAll(filter.parameters());
        List<String> columns = new ArrayList<>(RATING_COLUMNS.get(ratedSide));
        columns.add("raters");
        Map<Long, RatingSums> byParty = new HashMap<>();
        for (Object[] row : rows("SELECT " + party + ", COUNT(*), " + sums + ", COUNT(DISTINCT g.rater_id)"
                + " FROM rating g JOIN peer_request r ON r.id = g.request_id AND g.rated_side = ?" + filter.where()
                + " GROUP BY " + party, parameters)) {
            Map<String, Long> column = named(row, 1, columns);
            byParty.put(number(row[0]), ratingSums(column, ratedSide, column.get("raters")));
        }
        return byParty;
    }

    /** Per measure owed by the given side: clocks {met, breached}. */
    public Map<Measure, long[]> complianceByMeasure(FigureFilter filter, Side owedBy) {
        List<Measure> measures = List.of(Measure.values()).stream().filter(m -> m.owedBy() == owedBy).toList();
        List<String> sums = new ArrayList<>();
        measures.forEach(m -> {
            String column = m.name().toLowerCase(Locale.ROOT);
            sums.add("SUM(r." + column + "_met)");
            sums.add("SUM(r." + column + "_breached)");
        });
        Map<Measure, long[]> byMeasure = new EnumMap<>(Measure.class);
        Object[] row = rows("SELECT " + String.join(", ", sums) + " FROM tie_month r" + filter.where(), filter).get(0);
        for (int i = 0; i < measures.size(); i++) {
            long met = number(row[2 * i]);
            long breached = number(row[2 * i + 1]);
            if (met + breached > 0) {
                byMeasure.put(measures.get(i), new long[] {met, breached});
            }
        }
        return byMeasure;
    }

    /** Escalations per department they were about (the provider's or the consumer's failing). */
    public Map<Long, Long> escalationsByDepartment(FigureFilter filter) {
        Map<Long, Long> byDepartment = new HashMap<>();
        for (String side : List.of("provider", "consumer")) {
            for (Object[] row : rows("SELECT r." + side + "_id, SUM(r.escalations_" + side + ") FROM tie_month r" + filter.where()
                    + " GROUP BY r." + side + "_id", filter)) {
                byDepartment.merge(number(row[0]), number(row[1]), Long::sum);
            }
        }
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
        rows("SELECT r.consumer_id, SUM(r.completeness_breached), SUM(r.clarification_breached),"
                + " SUM(r.clarification_met + r.clarification_breached), SUM(r.advance_notice_breached)"
                + " FROM tie_month r" + filter.where() + " GROUP BY r.consumer_id", filter)
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

    private List<Object[]> rows(String sql, FigureFilter filter) {
        return rows(sql, filter.parameters());
    }

    private List<Object[]> rows(String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return results(query);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> results(Query query) {
        return query.getResultList();
    }

    private static FigureKey key(Object[] row) {
        return new FigureKey(number(row[0]), number(row[1]), (int) number(row[2]));
    }

    /** The columns of a row from {@code from} on, as numbers by their names (a sum over no rows is 0). */
    private static Map<String, Long> named(Object[] row, int from, List<String> names) {
        Map<String, Long> values = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), number(row[from + i]));
        }
        return values;
    }

    /** {@code count} columns of a row from {@code from} on, as numbers (a sum over no rows is 0). */
    private static long[] numbers(Object[] row, int from, int count) {
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = number(row[from + i]);
        }
        return values;
    }

    private static long number(Object value) {
        return TieMonthRollup.number(value);
    }
}
