package org.servicepact.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/**
 * Seeds the demo organisation on the first start against an empty database, after the migrations.
 * Switched off with {@code SERVICEPACT_DEMO_DATA=false} (MicroProfile Config {@code servicepact.demo-data}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataStartup {

    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class.getName());

    @Inject
    @ConfigProperty(name = "servicepact.demo-data", defaultValue = "true")
    boolean demoData;

    @Inject
    DemoOrganisation demo;

    @PostConstruct
    void seedIfEmpty() {
        if (demoData && demo.seedIfEmpty()) {
            LOG.info("Seeded the demo organisation; every demo account's password is " + DemoOrganisation.DEMO_PASSWORD);
        }
    }
}
