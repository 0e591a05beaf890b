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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicepact.platform.startup.BackgroundJobs;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Delivers webhook events every {@code servicepact.webhooks.every-seconds} seconds (15 by default) while background jobs run. */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "BackgroundJobs"})
@TransactionManagement(TransactionManagementType.BEAN)
public class WebhookSchedule {

    private static final Logger LOG = Logger.getLogger(WebhookSchedule.class.getName());

    @Inject
    WebhookDispatch dispatch;

    @Inject
    BackgroundJobs jobs;

    @Inject
    @ConfigProperty(name = "servicepact.webhooks.every-seconds", defaultValue = "15")
    int everySeconds;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        if (jobs.configured()) {
            long every = Math.max(1, everySeconds) * 1000L;
            timers.createIntervalTimer(every, every, new TimerConfig(null, false));
        }
    }

    @Timeout
    void deliverNow() {
        if (!jobs.runHere()) {
            return;
        }
        try {
            dispatch.runOnce();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The webhook job failed; tried again at the next round", e);
        }
    }
}
