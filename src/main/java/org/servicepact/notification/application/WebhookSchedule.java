package org.servicepact.notification.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicepact.platform.startup.BackgroundJobs;
import org.servicepact.platform.startup.JobTimers;
import org.servicepact.platform.startup.StartupOrder;

import java.time.Duration;

/** Delivers webhook events every {@code servicepact.webhooks.every-seconds} seconds (15 by default) while background jobs run. */
@ApplicationScoped
public class WebhookSchedule {

    @Inject
    WebhookDispatch dispatch;

    @Inject
    BackgroundJobs jobs;

    @Inject
    @ConfigProperty(name = "servicepact.webhooks.every-seconds", defaultValue = "15")
    int everySeconds;

    @Inject
    JobTimers timers;

    void schedule(@Observes @Priority(StartupOrder.TIMERS) Startup started) {
        if (jobs.configured()) {
            timers.every("webhooks", Duration.ofSeconds(Math.max(1, everySeconds)), this::deliverNow);
        }
    }

    private void deliverNow() {
        if (!jobs.runHere()) {
            return;
        }
        dispatch.runOnce();
    }
}
