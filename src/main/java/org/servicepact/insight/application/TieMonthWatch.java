package org.servicepact.insight.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.servicepact.platform.startup.BackgroundJobs;
import org.servicepact.platform.startup.JobTimers;
import org.servicepact.platform.startup.StartupOrder;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings {@code tie_month} up to date every minute, and once just after start-up (in the background, as a
 * first start on a large database rebuilds it whole). Changes of the last few seconds wait for the next run,
 * so a transaction still open while the run reads cannot be skipped.
 */
@ApplicationScoped
public class TieMonthWatch {

    private static final Logger LOG = Logger.getLogger(TieMonthWatch.class.getName());
    private static final long SETTLE_SECONDS = 10;
    private static final long FIRST_RUN_AFTER_MILLIS = 1_000;

    @Inject
    TieMonthRollup rollup;

    @Inject
    Clock clock;

    @Inject
    BackgroundJobs jobs;

    @Inject
    JobTimers timers;

    void schedule(@Observes @Priority(StartupOrder.TIMERS) Startup started) {
        if (jobs.configured()) {
            timers.once("report rollup after start", Duration.ofMillis(FIRST_RUN_AFTER_MILLIS), () -> refresh(0));
            timers.at("report rollup", "30 * * * * *", () -> refresh(SETTLE_SECONDS));
        }
    }

    /** Synchronized: the run after start-up and the minute's runs take turns. */
    private synchronized void refresh(long settleSeconds) {
        if (!jobs.runHere()) {
            return;
        }
        long started = System.nanoTime();
        int tieMonths = rollup.refreshPending(clock.instant().minusSeconds(settleSeconds));
        if (tieMonths > 0) {
            LOG.log(tieMonths >= TieMonthRollup.FULL_REBUILD_FROM ? Level.INFO : Level.FINE, "Recomputed {0} tie-months in {1} ms",
                    new Object[] {tieMonths, (System.nanoTime() - started) / 1_000_000});
        }
    }
}
