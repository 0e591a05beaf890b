package org.servicepact.organisation.directory;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.servicepact.platform.startup.BackgroundJobs;
import org.servicepact.platform.startup.JobTimers;
import org.servicepact.platform.startup.StartupOrder;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Syncs the directory every {@code servicepact.ldap.sync-every-minutes} minutes when that is set (and background jobs
 * run), unattended ({@link DirectorySync#syncUnattended}); the first run comes one interval after start-up.
 */
@ApplicationScoped
public class DirectorySchedule {

    private static final Logger LOG = Logger.getLogger(DirectorySchedule.class.getName());

    @Inject
    DirectorySettings settings;

    @Inject
    DirectorySync sync;

    @Inject
    BackgroundJobs jobs;

    @Inject
    JobTimers timers;

    void scheduleIfConfigured(@Observes @Priority(StartupOrder.TIMERS) Startup started) {
        if (settings.isConfigured() && settings.syncEveryMinutes() > 0 && jobs.configured()) {
            timers.every("directory sync", Duration.ofMinutes(settings.syncEveryMinutes()), this::syncNow);
            LOG.log(Level.INFO, "The directory is synced every {0} minutes", settings.syncEveryMinutes());
        }
    }

    private void syncNow() {
        if (!jobs.runHere()) {
            return;
        }
        sync.syncUnattended();
    }
}
