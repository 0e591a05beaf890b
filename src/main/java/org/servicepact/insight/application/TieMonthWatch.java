package org.servicepact.insight.application;

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
import jakarta.inject.Inject;
import org.servicepact.platform.startup.BackgroundJobs;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings {@code tie_month} up to date every minute, and once just after start-up (in the background, as a
 * first start on a large database rebuilds it whole). Changes of the last few seconds wait for the next run,
 * so a transaction still open while the run reads cannot be skipped.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "BackgroundJobs"})
@TransactionManagement(TransactionManagementType.BEAN)
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

    @Resource
    TimerService timers;

    @PostConstruct
    void soonAfterStart() {
        timers.createSingleActionTimer(FIRST_RUN_AFTER_MILLIS, new TimerConfig(null, false));
    }

    @Timeout
    void afterStart() {
        refresh(0);
    }

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
    void everyMinute() {
        refresh(SETTLE_SECONDS);
    }

    private void refresh(long settleSeconds) {
        if (!jobs.runHere()) {
            return;
        }
        try {
            long started = System.nanoTime();
            int tieMonths = rollup.refreshPending(clock.instant().minusSeconds(settleSeconds));
            if (tieMonths > 0) {
                LOG.log(tieMonths >= TieMonthRollup.FULL_REBUILD_FROM ? Level.INFO : Level.FINE, "Recomputed {0} tie-months in {1} ms",
                        new Object[] {tieMonths, (System.nanoTime() - started) / 1_000_000});
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Recomputing the report figures failed; tried again next minute", e);
        }
    }
}
