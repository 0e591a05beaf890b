package org.servicepact.agreement.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.servicepact.platform.startup.BackgroundJobs;

import java.util.logging.Logger;

/**
 * Puts accepted versions in force on their effective date and expires versions past their end date:
 * at start-up (catching up on days the server was down) and every hour after.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "BackgroundJobs"})
@TransactionManagement(TransactionManagementType.BEAN)
public class AgreementClock {

    private static final Logger LOG = Logger.getLogger(AgreementClock.class.getName());

    @Inject
    Agreements agreements;

    @Inject
    BackgroundJobs jobs;

    @PostConstruct
    void catchUp() {
        tick();
    }

    @Schedule(hour = "*", minute = "5", persistent = false)
    void tick() {
        if (!jobs.runHere()) {
            return;
        }
        int changed = agreements.activateAndExpireDue();
        if (changed > 0) {
            LOG.info(() -> changed + " agreements activated or expired");
        }
    }
}
