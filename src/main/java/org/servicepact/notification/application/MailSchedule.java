package org.servicepact.notification.application;

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

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the mail job every {@code servicepact.mail.every-seconds} seconds when a mail server is configured (and
 * background jobs run). The outbox is in the database, so mails written while the portal or the mail server was
 * down go out at the first round after both are back.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "BackgroundJobs"})
@TransactionManagement(TransactionManagementType.BEAN)
public class MailSchedule {

    private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());

    @Inject
    MailSettings settings;

    @Inject
    MailDispatch dispatch;

    @Inject
    BackgroundJobs jobs;

    @Resource
    TimerService timers;

    @PostConstruct
    void scheduleIfConfigured() {
        if (settings.isEnabled() && jobs.configured()) {
            long every = settings.everySeconds() * 1000L;
            timers.createIntervalTimer(every, every, new TimerConfig(null, false));
            LOG.log(Level.INFO, "Mail goes out every {0} seconds", settings.everySeconds());
        }
    }

    @Timeout
    void sendNow() {
        if (!jobs.runHere()) {
            return;
        }
        try {
            dispatch.runOnce();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The mail job failed; tried again at the next round", e);
        }
    }
}
