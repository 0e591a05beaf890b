package org.servicepact.request.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.servicepact.platform.startup.BackgroundJobs;
import org.servicepact.platform.startup.JobTimers;
import org.servicepact.platform.startup.StartupOrder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the watcher every minute, and once just after start-up to catch up on the time the server was down (on a
 * timer of its own, so the portal answers while it runs: with many open requests it takes a while); each run
 * also recomputes a share of the requests whose cached figures are outdated. The catch-up and the minute's runs
 * (and the in-container tests' runs) take turns: they are synchronized on the one instance.
 * One request's failure is logged and does not stop the others.
 */
@ApplicationScoped
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

    @Inject
    JobTimers timers;

    void schedule(@Observes @Priority(StartupOrder.TIMERS) Startup started) {
        if (jobs.configured()) {
            timers.once("request watcher's catch-up", Duration.ofMillis(1), this::catchUp);
            timers.at("request watcher", "* * * * *", this::everyMinute);
        }
    }

    /** Just after start-up: what happened while the portal was down is summarised, not replayed ({@link RequestWatcher#catchUp}). */
    synchronized void catchUp() {
        if (jobs.runHere()) {
            Instant now = clock.instant();
            eachCandidate(now, id -> watcher.catchUp(id, now));
            caughtUp.fire(new WatcherCaughtUp(now));
            refreshOutdatedFigures();
        }
    }

    synchronized void everyMinute() {
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
    public synchronized void runAt(Instant now) {
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
