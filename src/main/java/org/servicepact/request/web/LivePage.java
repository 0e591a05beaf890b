package org.servicepact.request.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often an open request's page reads it again ({@code servicepact.pages.poll-seconds}, 20 by default). Polling
 * rather than push: the clocks move with time even when nothing happens, so the page must redraw anyway, and a poll
 * works on whichever node of a cluster answers it. (Application-scoped: a view-scoped page cannot hold a config value
 * injected straight into it, Payara's config producer not being passivation-capable.)
 */
@ApplicationScoped
public class LivePage {

    private static final int FASTEST = 2;

    @Inject
    @ConfigProperty(name = "servicepact.pages.poll-seconds", defaultValue = "20")
    int pollSeconds;

    public int pollSeconds() {
        return Math.max(FASTEST, pollSeconds);
    }
}
