package org.servicepact.insight.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.servicepact.agreement.domain.Side;
import org.servicepact.agreement.domain.VersionStatus;
import org.servicepact.insight.domain.RatingSums;
import org.servicepact.insight.domain.TieFigures;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.domain.RequestStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The tie page, a department's dashboard and HR's culture review, each checked against who is asking. */
@ApplicationScoped
public class CultureReports {

    /** How far ahead an agreement's review date or end counts as due. */
    static final int AGREEMENT_DUE_DAYS = 60;
    private static final int OWED_SHOWN = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    CultureFigures figures;

    @Inject
    InsightAccess access;

    @Inject
    Clock clock;

    public TieReport tie(String username, long aId, long bId, Period period) {
        access.requireTie(username, aId, bId);
        Map<Long, String> names = figures.partyNames();
        if (!names.containsKey(aId) || !names.containsKey(bId) || aId == bId) {
            throw RuleViolation.ofForm("record.gone");
        }
        FigureFilter filter = FigureFilter.involving(period, aId);
        Map<FigureKey, TieFigures> whole = figures.figures(filter, CultureFigures.Grouping.TIE);
        Map<FigureKey, TieFigures> byMonth = figures.figures(filter, CultureFigures.Grouping.TIE_AND_MONTH);
        return new TieReport(aId, names.get(aId), bId, names.get(bId), period,
                whole.getOrDefault(new FigureKey(aId, bId, 0), TieFigures.NONE), whole.getOrDefault(new FigureKey(bId, aId, 0), TieFigures.NONE),
                months(period, byMonth, key -> key.providerId() == aId && key.consumerId() == bId),
                months(period, byMonth, key -> key.providerId() == bId && key.consumerId() == aId));
    }

    public DepartmentDashboard dashboard(String username, long departmentId, Period period) {
        access.requireDepartment(username, departmentId);
        Map<Long, String> names = figures.partyNames();
        Map<FigureKey, TieFigures> byTie = figures.figures(FigureFilter.involving(period, departmentId), CultureFigures.Grouping.TIE);
        List<TieRow> ties = tieRows(byTie, names);
        TieFigures asProvider = ties.stream().filter(t -> t.providerId() == departmentId).map(TieRow::figures)
                .reduce(TieFigures.NONE, TieFigures::plus);
        asProvider = asProvider.withRatings(figures.ratingsByParty(FigureFilter.asProvider(period, departmentId), Side.PROVIDER)
                .getOrDefault(departmentId, RatingSums.NONE), asProvider.ofConsumer());
        TieFigures asConsumer = ties.stream().filter(t -> t.consumerId() == departmentId).map(TieRow::figures)
                .reduce(TieFigures.NONE, TieFigures::plus);
        asConsumer = asConsumer.withRatings(asConsumer.ofProvider(), figures.ratingsByParty(FigureFilter.asConsumer(period,
                departmentId), Side.CONSUMER).getOrDefault(departmentId, RatingSums.NONE));
        Map<FigureKey, TieFigures> providerMonths = figures.figures(FigureFilter.asProvider(period, departmentId),
                CultureFigures.Grouping.TIE_AND_MONTH);
        return new DepartmentDashboard(departmentId, names.get(departmentId), period, liveQueue(departmentId), asProvider, asConsumer,
                figures.complianceByMeasure(FigureFilter.asProvider(period, departmentId), Side.PROVIDER),
                figures.complianceByMeasure(FigureFilter.asConsumer(period, departmentId), Side.CONSUMER),
                months(period, providerMonths, key -> true), ties,
                access.heads(username, departmentId) ? owedNow(departmentId) : List.of(), agreementsDue(departmentId));
    }

    public CultureReview review(String username, Period period, Long departmentId) {
        access.requireHr(username);
        Map<Long, String> names = figures.partyNames();
        if (departmentId != null && !names.containsKey(departmentId)) {
            throw RuleViolation.ofForm("record.gone");
        }
        FigureFilter filter = departmentId == null ? FigureFilter.all(period) : FigureFilter.involving(period, departmentId);
        List<TieRow> ties = tieRows(figures.figures(filter, CultureFigures.Grouping.TIE), names);
        List<CultureReview.Party> departments = departments(ties, departmentId, names);
        Map<Long, RatingSums> ofProviders = figures.ratingsByParty(filter, Side.PROVIDER);
        Map<Long, RatingSums> ofConsumers = figures.ratingsByParty(filter, Side.CONSUMER);
        Map<Long, Long> escalations = figures.escalationsByDepartment(filter);
        Map<Long, long[]> letters = figures.lettersByDepartment(period);
        Map<Long, long[]> discipline = figures.consumerDiscipline(filter);
        Map<Long, Long> requestsByConsumer = ties.stream().collect(Collectors.groupingBy(TieRow::consumerId,
                Collectors.summingLong(t -> t.figures().requests())));
        return new CultureReview(period, departments, matrix(departments, ties, departmentId), ties,
                months(period, figures.figures(filter, CultureFigures.Grouping.TIE_AND_MONTH), key -> true),
                departments.stream().map(d -> new CultureReview.Principles(d.id(), d.name(),
                        ofProviders.getOrDefault(d.id(), RatingSums.NONE), ofConsumers.getOrDefault(d.id(), RatingSums.NONE))).toList(),
                departments.stream().map(d -> new CultureReview.HotSpot(d.id(), d.name(), escalations.getOrDefault(d.id(), 0L),
                                letters.getOrDefault(d.id(), new long[2])[0], letters.getOrDefault(d.id(), new long[2])[1]))
                        .sorted(Comparator.comparingLong((CultureReview.HotSpot h) -> h.escalations() + h.complaints()).reversed())
                        .toList(),
                departments.stream().filter(d -> requestsByConsumer.containsKey(d.id())).map(d -> {
                    long[] counts = discipline.getOrDefault(d.id(), new long[4]);
                    return new CultureReview.Discipline(d.id(), d.name(), requestsByConsumer.get(d.id()), counts[0], counts[2],
                            counts[1], counts[3]);
                }).sorted(Comparator.comparingDouble(CultureReports::lapses).reversed()).toList());
    }

    /** All departments when they fit the matrix or one department was chosen; else the busiest, by name. */
    private static List<CultureReview.Party> matrix(List<CultureReview.Party> departments, List<TieRow> ties, Long departmentId) {
        if (departmentId != null || departments.size() <= CultureReview.MATRIX_MAX) {
            return departments;
        }
        Map<Long, Long> volume = new HashMap<>();
        ties.forEach(t -> {
            volume.merge(t.providerId(), t.figures().requests(), Long::sum);
            volume.merge(t.consumerId(), t.figures().requests(), Long::sum);
        });
        return departments.stream().sorted(Comparator.comparingLong((CultureReview.Party d) -> volume.getOrDefault(d.id(), 0L)).reversed())
                .limit(CultureReview.MATRIX_MAX).sorted(Comparator.comparing(CultureReview.Party::name)).toList();
    }

    /** How often a department's own requests were incomplete, late to clarify or short of notice, per request. */
    private static double lapses(CultureReview.Discipline d) {
        return d.requests() == 0 ? 0 : (double) (d.incomplete() + d.lateClarifications() + d.shortNotice()) / d.requests();
    }

    /** The departments of the matrix: those in a tie (only internal ones), or all of one department's partners. */
    private static List<CultureReview.Party> departments(List<TieRow> ties, Long departmentId, Map<Long, String> names) {
        Set<Long> ids = new HashSet<>();
        ties.forEach(t -> {
            ids.add(t.providerId());
            ids.add(t.consumerId());
        });
        if (departmentId != null) {
            ids.add(departmentId);
        }
        return ids.stream().map(id -> new CultureReview.Party(id, names.get(id)))
                .sorted(Comparator.comparing(CultureReview.Party::name)).toList();
    }

    private static List<TieRow> tieRows(Map<FigureKey, TieFigures> byTie, Map<Long, String> names) {
        return byTie.entrySet().stream()
                .map(e -> new TieRow(e.getKey().providerId(), names.get(e.getKey().providerId()), e.getKey().consumerId(),
                        names.get(e.getKey().consumerId()), e.getValue()))
                .sorted(Comparator.comparing(TieRow::providerName).thenComparing(TieRow::consumerName)).toList();
    }

    /** Every month of the period, with the figures of the groups the predicate keeps, summed. */
    private static List<MonthFigures> months(Period period, Map<FigureKey, TieFigures> byMonth, Predicate<FigureKey> keep) {
        return period.months().stream().map(month -> new MonthFigures(month, byMonth.entrySet().stream()
                .filter(e -> e.getKey().month() == Period.key(month) && keep.test(e.getKey()))
                .map(Map.Entry::getValue).reduce(TieFigures.NONE, TieFigures::plus))).toList();
    }

    private DepartmentDashboard.LiveQueue liveQueue(long departmentId) {
        Instant now = clock.instant();
        return new DepartmentDashboard.LiveQueue(openCount(departmentId, "", now),
                openCount(departmentId, " AND r.resolutionWarnAt <= :now AND r.resolutionDue > :now", now),
                openCount(departmentId, " AND r.resolutionDue <= :now", now));
    }

    /** The department's open requests as provider that also meet the (fixed) condition. */
    private long openCount(long departmentId, String condition, Instant now) {
        var query = em.createQuery("SELECT COUNT(r) FROM PeerRequest r WHERE r.provider.id = :d AND r.status IN :open" + condition,
                        Long.class).setParameter("d", departmentId)
                .setParameter("open", List.of(RequestStatus.NEW, RequestStatus.IN_PROGRESS, RequestStatus.WAITING_ON_REQUESTER));
        if (!condition.isEmpty()) {
            query.setParameter("now", now);
        }
        return query.getSingleResult();
    }

    private List<OwedNow> owedNow(long departmentId) {
        return em.createQuery("SELECT NEW org.servicepact.insight.application.OwedNow(r.id, r.title, p.name, q.fullName,"
                        + " r.status, r.lastEventAt) FROM PeerRequest r JOIN r.provider p JOIN r.requester q"
                        + " WHERE r.consumer.id = :d AND r.status IN :owed ORDER BY r.lastEventAt", OwedNow.class)
                .setParameter("d", departmentId)
                .setParameter("owed", List.of(RequestStatus.WAITING_ON_REQUESTER, RequestStatus.RESOLVED))
                .setMaxResults(OWED_SHOWN).getResultList();
    }

    private List<AgreementDue> agreementsDue(long departmentId) {
        LocalDate limit = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(AGREEMENT_DUE_DAYS);
        return em.createQuery("SELECT NEW org.servicepact.insight.application.AgreementDue(a.id, v.number, a.title, p.name,"
                        + " c.name, v.reviewDate, v.effectiveUntil) FROM AgreementVersion v JOIN v.agreement a"
                        + " JOIN a.provider p JOIN a.consumer c WHERE v.status = :active AND (p.id = :d OR c.id = :d)"
                        + " AND (v.reviewDate <= :limit OR v.effectiveUntil <= :limit) ORDER BY v.reviewDate", AgreementDue.class)
                .setParameter("active", VersionStatus.ACTIVE).setParameter("d", departmentId).setParameter("limit", limit)
                .getResultList();
    }
}
