package org.servicepact.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the portal's timers do their work (the request watcher, the report rollup, agreements coming into force).
 * On unless {@code SERVICEPACT_BACKGROUND_JOBS=false} (MicroProfile Config {@code servicepact.background-jobs}): the
 * in-container tests switch them off, as they run the same jobs by hand at chosen instants.
 */
@ApplicationScoped
public class BackgroundJobs {

    @Inject
    @ConfigProperty(name = "servicepact.background-jobs", defaultValue = "true")
    boolean enabled;

    public boolean enabled() {
        return enabled;
    }
}
