package org.servicepact.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicepact.platform.startup.StartupOrder;

import java.util.logging.Logger;

/**
 * Seeds the demo organisation on the first start against an empty database, after the migrations.
 * Switched off with {@code SERVICEPACT_DEMO_DATA=false} (MicroProfile Config {@code servicepact.demo-data}).
 */
@ApplicationScoped
public class DemoDataStartup {

    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class.getName());

    @Inject
    @ConfigProperty(name = "servicepact.demo-data", defaultValue = "true")
    boolean demoData;

    @Inject
    DemoOrganisation demo;

    void seedIfEmpty(@Observes @Priority(StartupOrder.DATA) Startup started) {
        if (demoData && demo.seedIfEmpty()) {
            LOG.info("Seeded the demo organisation; every demo account's password is " + DemoOrganisation.DEMO_PASSWORD);
        }
    }
}
