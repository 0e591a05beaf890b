package org.servicepact.platform.startup;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicepact.platform.leadership.LeaderLock;
import org.servicepact.platform.leadership.LeaderLocks;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether the portal's timers do their work (the request watcher, the report rollup, agreements coming into force,
 * the mail, webhook and directory jobs), and on which node. Every node keeps its timers; at each tick a job works
 * only where {@link #runHere()} says so: on the one node that holds the lock {@value #LOCK_NAME}
 * ({@link LeaderLocks}), asked for again every {@code servicepact.leadership.every-seconds} seconds, so that when
 * that node dies another takes over within a minute.
 * <p>
 * Switched off with {@code SERVICEPACT_BACKGROUND_JOBS=false} (MicroProfile Config {@code servicepact.background-jobs}):
 * the in-container tests run the same jobs by hand at chosen instants.
 */
@ApplicationScoped
public class BackgroundJobs {

    private static final Logger LOG = Logger.getLogger(BackgroundJobs.class.getName());
    static final String LOCK_NAME = "background-jobs";

    @Inject
    @ConfigProperty(name = "servicepact.background-jobs", defaultValue = "true")
    boolean configured;

    @Inject
    @ConfigProperty(name = "servicepact.leadership.every-seconds", defaultValue = "10")
    int everySeconds;

    @Inject
    LeaderLocks locks;

    @Inject
    JobTimers timers;

    private LeaderLock lock;
    private volatile boolean leading;

    void competeForTheJobs(@Observes @Priority(StartupOrder.DATA) Startup started) {
        if (configured) {
            lock = locks.named(LOCK_NAME);
            askForTheLock();
            timers.every("ask for the lock " + LOCK_NAME, Duration.ofSeconds(Math.max(1, everySeconds)), this::askForTheLock);
        }
    }

    private void askForTheLock() {
        boolean now = lock.holdOrTake();
        if (now != leading) {
            LOG.log(Level.INFO, now ? "This node now runs the background jobs" : "This node no longer runs the background jobs");
        }
        leading = now;
    }

    @PreDestroy
    void handOver() {
        if (lock != null) {
            leading = false;
            lock.release();
        }
    }

    /** Whether the jobs' timers are set at all (by configuration); they work only where {@link #runHere()}. */
    public boolean configured() {
        return configured;
    }

    /** Whether a job whose tick has come does its work on this node now. */
    public boolean runHere() {
        return configured && leading;
    }
}
