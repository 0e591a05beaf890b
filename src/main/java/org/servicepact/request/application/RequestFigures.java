package org.servicepact.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.request.domain.ClockReading;
import org.servicepact.request.domain.PeerRequest;
import org.servicepact.request.domain.RequestStatus;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What a request caches from its log for lists, reports and the watcher: the quality counts, the month, the
 * resolution due instant, every clock's outcome and when the watcher must look again. Always recomputable from
 * the log.
 */
@ApplicationScoped
public class RequestFigures {

    /**
     * Which definition of the cached report figures this code writes. Raise it when a cached figure is added
     * or changes meaning: requests below it are recomputed from their logs in the background.
     */
    public static final int VERSION = 1;

    @Inject
    RequestCalendars calendars;

    @Inject
    Clock clock;

    @Inject
    Event<RequestFiguresChanged> figuresChanged;

    /** Recomputes the cache now; when what the reports count changed, says so ({@link RequestFiguresChanged}). */
    public void refresh(PeerRequest request) {
        Instant now = clock.instant();
        refresh(request, calendars.clocksAt(request, now), now, false);
    }

    /**
     * The same from a reading already made at {@code now} (the watcher reads each request once a tick). The watcher,
     * which has just acted on everything up to {@code now}, keeps only later instants to look again
     * ({@code watched}); an act keeps earlier ones too, so that a warning not yet given is still given.
     */
    public void refresh(PeerRequest request, List<ClockReading> clocks, Instant now, boolean watched) {
        boolean countsChanged = request.recountFigures(clocks, calendars.provider(request.getAgreementVersion()).zone(),
                VERSION);
        clocks.stream().filter(c -> c.measure() == Measure.RESOLUTION).findFirst()
                .ifPresent(resolution -> request.cacheResolutionClock(resolution.due(), resolution.warnAt()));
        request.watchAgainAt(nextWatch(request, clocks, watched ? now : null));
        if (countsChanged) {
            figuresChanged.fire(new RequestFiguresChanged(request, clock.instant()));
        }
    }

    /**
     * When the watcher must look next: the earliest warning, due or head-escalation instant of the running provider
     * clocks (after {@code after}, if given), or when a resolved request closes by itself; null when nothing will come.
     */
    private Instant nextWatch(PeerRequest request, List<ClockReading> clocks, Instant after) {
        if (request.getStatus() == RequestStatus.RESOLVED) {
            return request.autoCloseAfter();
        }
        if (request.getStatus().isFinal()) {
            return null;
        }
        Instant next = null;
        for (ClockReading reading : clocks) {
            if (RequestWatcher.WATCHED.contains(reading.measure()) && reading.stopped() == null && reading.canComeDue()) {
                Instant headEscalation = calendars.headEscalationAt(request.getAgreementVersion(), reading.due());
                for (Instant moment : List.of(reading.warnAt(), reading.due(), headEscalation)) {
                    if ((after == null || moment.isAfter(after)) && (next == null || moment.isBefore(next))) {
                        next = moment;
                    }
                }
            }
        }
        return next;
    }
}
