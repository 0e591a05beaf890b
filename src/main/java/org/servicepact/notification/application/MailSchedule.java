package org.servicepact.notification.application;

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
 * Runs the mail job every {@code servicepact.mail.every-seconds} seconds when a mail server is configured (and
 * background jobs run). The outbox is in the database, so mails written while the portal or the mail server was
 * down go out at the first round after both are back.
 */
@ApplicationScoped
public class MailSchedule {

    private static final Logger LOG = Logger.getLogger(MailSchedule.class.getName());

    @Inject
    MailSettings settings;

    @Inject
    MailDispatch dispatch;

    @Inject
    BackgroundJobs jobs;

    @Inject
    JobTimers timers;

    void scheduleIfConfigured(@Observes @Priority(StartupOrder.TIMERS) Startup started) {
        if (settings.isEnabled() && jobs.configured()) {
            timers.every("mail", Duration.ofSeconds(settings.everySeconds()), this::sendNow);
            LOG.log(Level.INFO, "Mail goes out every {0} seconds", settings.everySeconds());
        }
    }

    private void sendNow() {
        if (!jobs.runHere()) {
            return;
        }
        dispatch.runOnce();
    }
}
