package org.servicepact.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.request.domain.TimelineEvent.Kind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What the reports count of one request beside its clocks' outcomes, derived from its log in one place
 * ({@link #countedFrom}): quality beyond speed (reopens; hand-offs from one person of the provider to another or
 * to another department; escalations; whether it was resolved the first time), when it was last resolved, when
 * its rating window closes, and the month it belongs to. A request keeps it so that lists and reports read it
 * in the database; it is always recomputable from the log and replaced whole, never edited.
 */
@Embeddable
public class ReportFigures {

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    @Column(name = "handoff_count", nullable = false)
    private int handoffCount;

    @Column(name = "escalation_count", nullable = false)
    private int escalationCount;

    @Column(name = "first_time_resolution")
    private Integer firstTimeResolution;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "rating_closes_at")
    private Instant ratingClosesAt;

    @Column(name = "period_month", nullable = false)
    private int periodMonth;

    protected ReportFigures() {
        // for JPA, and the figures of a request not counted yet
    }

    private ReportFigures(int reopenCount, int handoffCount, int escalationCount, Integer firstTimeResolution,
                          Instant resolvedAt, Instant ratingClosesAt, int periodMonth) {
        this.reopenCount = reopenCount;
        this.handoffCount = handoffCount;
        this.escalationCount = escalationCount;
        this.firstTimeResolution = firstTimeResolution;
        this.resolvedAt = resolvedAt;
        this.ratingClosesAt = ratingClosesAt;
        this.periodMonth = periodMonth;
    }

    /**
     * Counts a request's figures from its log. The first holder is the first person assigned, or else the first
     * of the provider to respond; a resolution counts as first-time when that person resolved it, it was never
     * reopened or handed on, and it did not come handed on from another department.
     */
    static ReportFigures countedFrom(PeerRequest request, ZoneId providerZone) {
        Employee holder = null;
        Employee firstHolder = null;
        Employee resolver = null;
        int reopens = 0;
        int handoffs = 0;
        for (RequestEvent event : request.getEvents()) {
            Employee next = holder;
            if (event.getKind() == Kind.ASSIGNED) {
                next = event.getSubject();
            } else if (holder == null && event.getKind().isProviderResponse()) {
                next = event.getActor();
            }
            if (holder != null && next != null && !next.equals(holder)) {
                handoffs++;
            }
            holder = next;
            firstHolder = firstHolder == null ? holder : firstHolder;
            switch (event.getKind()) {
                case REOPENED -> reopens++;
                case HANDED_OFF -> handoffs++;
                case RESOLVED -> resolver = event.getActor();
                default -> { }
            }
        }
        RequestStatus status = request.getStatus();
        boolean resolved = status == RequestStatus.RESOLVED || status == RequestStatus.CLOSED && resolver != null;
        Integer firstTime = !resolved ? null
                : reopens == 0 && handoffs == 0 && request.getHandedFrom() == null && resolver != null && resolver.equals(firstHolder) ? 1 : 0;
        Instant resolvedAt = resolved ? request.lastResolution() : null;
        Instant ratingClosesAt = resolved
                ? resolvedAt.plus(Duration.ofDays(request.getAgreementVersion().getRatingWindowDays())) : null;
        return new ReportFigures(reopens, handoffs, request.getEscalations().size(), firstTime, resolvedAt,
                ratingClosesAt, month(request.getSubmittedAt(), providerZone));
    }

    /** The month (yyyymm) an instant falls in, in the given zone: what monthly trends group by. */
    private static int month(Instant at, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        return day.getYear() * 100 + day.getMonthValue();
    }

    public int reopenCount() {
        return reopenCount;
    }

    public int handoffCount() {
        return handoffCount;
    }

    public int escalationCount() {
        return escalationCount;
    }

    /** 1 resolved the first time, 0 not, {@code null} not resolved yet. */
    public Integer firstTimeResolution() {
        return firstTimeResolution;
    }

    /** When it was last resolved, while it stands resolved (or closed after a resolution); else {@code null}. */
    public Instant resolvedAt() {
        return resolvedAt;
    }

    /** When the rating window closes: the agreed days after the last resolution; {@code null} while unresolved. */
    public Instant ratingClosesAt() {
        return ratingClosesAt;
    }

    /** The month (yyyymm) it was submitted in, in the provider's zone. */
    public int periodMonth() {
        return periodMonth;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReportFigures other && reopenCount == other.reopenCount && handoffCount == other.handoffCount
                && escalationCount == other.escalationCount && periodMonth == other.periodMonth
                && Objects.equals(firstTimeResolution, other.firstTimeResolution)
                && Objects.equals(resolvedAt, other.resolvedAt) && Objects.equals(ratingClosesAt, other.ratingClosesAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reopenCount, handoffCount, escalationCount, firstTimeResolution, resolvedAt, periodMonth);
    }
}
