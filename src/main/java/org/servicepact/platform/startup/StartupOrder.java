package org.servicepact.platform.startup;

/**
 * The order of the portal's start-up work: the priorities of its observers of CDI's {@link jakarta.enterprise.event.Startup}
 * event, which run one after another, lowest first, before the portal answers its first request.
 */
public final class StartupOrder {

    /** The schema is brought up to date before anything touches the database. */
    public static final int SCHEMA = 1000;
    /** Then the work that reads and writes the data: the demo organisation, the background jobs' lock. */
    public static final int DATA = 2000;
    /** Then the timers, whose jobs ask whether this node runs them. */
    public static final int TIMERS = 3000;

    private StartupOrder() {
    }
}
