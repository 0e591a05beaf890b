package org.servicepact.request.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.servicepact.platform.startup.BackgroundJobs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the watcher every minute, and once just after start-up to catch up on the time the server was down (on a
 * timer of its own, so the portal answers while it runs: with many open requests it takes a while); each run
 * also recomputes a share of the requests whose cached figures are outdated. The singleton's lock keeps the
 * catch-up and the minute's runs one after another.
 * One request's failure is logged and does not stop the others.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "BackgroundJobs"})
@TransactionManagement(TransactionManagementType.BEAN)
public class RequestWatch {

    private static final Logger LOG = Logger.getLogger(RequestWatch.class.getName());

    @Inject
    RequestWatcher watcher;

    @Inject
    Clock clock;

    @Inject
    BackgroundJobs jobs;

    @Inject
    Event<WatcherCaughtUp> caughtUp;

    /** How many requests with outdated figures are recomputed a minute, in transactions of {@link #FIGURES_BATCH}. */
    private static final int FIGURES_PER_RUN = 5000;
    private static final int FIGURES_BATCH = 250;

    @Resource
    TimerService timers;

    @PostConstruct
    void catchUpSoon() {
        timers.createSingleActionTimer(1, new TimerConfig("catch-up after start", false));
    }

    /** Just after start-up: what happened while the portal was down is summarised, not replayed ({@link RequestWatcher#catchUp}). */
    @Timeout
    void catchUp() {
        if (jobs.runHere()) {
            Instant now = clock.instant();
            eachCandidate(now, id -> watcher.catchUp(id, now));
            caughtUp.fire(new WatcherCaughtUp(now));
            refreshOutdatedFigures();
        }
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        if (jobs.runHere()) {
            runAt(clock.instant());
            refreshOutdatedFigures();
        }
    }

    /** Recomputes, a batch at a time, the figures of requests written under an older definition of them. */
    void refreshOutdatedFigures() {
        List<Long> outdated = watcher.withOutdatedFigures(FIGURES_PER_RUN);
        for (int from = 0; from < outdated.size(); from += FIGURES_BATCH) {
            List<Long> batch = outdated.subList(from, Math.min(outdated.size(), from + FIGURES_BATCH));
            try {
                watcher.refreshFigures(batch);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Recomputing the figures of requests " + batch + " failed; tried again next minute", e);
            }
        }
    }

    /** Looks at every request whose next warning, breach, escalation or automatic close has come by {@code now}. */
    public void runAt(Instant now) {
        eachCandidate(now, id -> watcher.check(id, now));
    }

    /** Each request due to be looked at by {@code now}, each in its own transaction: one's failure stops no other. */
    private void eachCandidate(Instant now, LongConsumer look) {
        for (Long id : watcher.candidates(now)) {
            try {
                look.accept(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Watching request " + id + " failed; it is looked at again next minute", e);
            }
        }
    }
}
