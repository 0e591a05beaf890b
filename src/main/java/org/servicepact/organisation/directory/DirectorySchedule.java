package org.servicepact.organisation.directory;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.servicepact.platform.startup.BackgroundJobs;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Syncs the directory every {@code servicepact.ldap.sync-every-minutes} minutes when that is set (and background jobs
 * run), unattended ({@link DirectorySync#syncUnattended}); the first run comes one interval after start-up.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "BackgroundJobs"})
@TransactionManagement(TransactionManagementType.BEAN)
public class DirectorySchedule {

    private static final Logger LOG = Logger.getLogger(DirectorySchedule.class.getName());

    @Inject
    DirectorySettings settings;

    @Inject
    DirectorySync sync;

    @Inject
    BackgroundJobs jobs;

    @Resource
    TimerService timers;

    @PostConstruct
    void scheduleIfConfigured() {
        if (settings.isConfigured() && settings.syncEveryMinutes() > 0 && jobs.configured()) {
            long every = Duration.ofMinutes(settings.syncEveryMinutes()).toMillis();
            timers.createIntervalTimer(every, every, new TimerConfig(null, false));
            LOG.log(Level.INFO, "The directory is synced every {0} minutes", settings.syncEveryMinutes());
        }
    }

    @Timeout
    void syncNow() {
        if (!jobs.runHere()) {
            return;
        }
        try {
            sync.syncUnattended();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The scheduled directory sync failed; tried again at the next interval", e);
        }
    }
}
