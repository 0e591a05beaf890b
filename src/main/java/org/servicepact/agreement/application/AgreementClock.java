package org.servicepact.agreement.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.servicepact.platform.startup.BackgroundJobs;
import org.servicepact.platform.startup.JobTimers;
import org.servicepact.platform.startup.StartupOrder;

import java.util.logging.Logger;

/**
 * Puts accepted versions in force on their effective date and expires versions past their end date:
 * at start-up (catching up on days the server was down) and every hour after, at five past.
 */
@ApplicationScoped
public class AgreementClock {

    private static final Logger LOG = Logger.getLogger(AgreementClock.class.getName());

    @Inject
    Agreements agreements;

    @Inject
    BackgroundJobs jobs;

    @Inject
    JobTimers timers;

    void catchUpAndSchedule(@Observes @Priority(StartupOrder.TIMERS) Startup started) {
        if (jobs.configured()) {
            tick();
            timers.at("agreements coming into force", "5 * * * *", this::tick);
        }
    }

    private void tick() {
        if (!jobs.runHere()) {
            return;
        }
        int changed = agreements.activateAndExpireDue();
        if (changed > 0) {
            LOG.info(() -> changed + " agreements activated or expired");
        }
    }
}
