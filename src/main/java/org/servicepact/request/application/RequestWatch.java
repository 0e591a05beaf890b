package org.servicepact.request.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the watcher every minute, and once at start-up to catch up on the time the server was down.
 * One request's failure is logged and does not stop the others.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class RequestWatch {

    private static final Logger LOG = Logger.getLogger(RequestWatch.class.getName());

    @Inject
    RequestWatcher watcher;

    @Inject
    Clock clock;

    @PostConstruct
    void catchUp() {
        runAt(clock.instant());
    }

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        runAt(clock.instant());
    }

    /** Looks at every candidate request as of {@code now}. */
    public void runAt(Instant now) {
        for (Long id : watcher.candidates()) {
            try {
                watcher.check(id, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Watching request " + id + " failed; it is looked at again next minute", e);
            }
        }
    }
}
