package org.servicepact.platform.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.CronTrigger;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The portal's timers, on threads of the server's managed thread factory (Jakarta Concurrency) rather than EJB timers,
 * so that the application holds no EJB and its deployment starts no EJB container.
 * <p>
 * The pool has a thread for each job the portal schedules: the server's default managed scheduled executor runs its
 * tasks one after another on a single thread (its core pool size is 0), where one webhook receiver that never answers
 * would hold up the request watcher. A run that fails is logged and the next run comes as planned (an executor drops
 * a repeating task whose run threw); a repeating job's next run waits for the last to end; each run has a request
 * context of its own, as an EJB timer's had; the pool stops when the application stops.
 */
@ApplicationScoped
public class JobTimers {

    private static final Logger LOG = Logger.getLogger(JobTimers.class.getName());
    /** One for each job the portal schedules (the watcher and its catch-up, the rollup, agreements, mail, webhooks, directory, the lock). */
    private static final int THREADS = 8;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    Instance<RequestContextController> requestContexts;

    private ScheduledThreadPoolExecutor threads;

    @PostConstruct
    void startThePool() {
        threads = new ScheduledThreadPoolExecutor(THREADS, threadFactory);
        threads.setRemoveOnCancelPolicy(true);
    }

    @PreDestroy
    void stopThePool() {
        threads.shutdownNow();
    }

    /** Runs {@code job} once, {@code delay} from now. */
    public void once(String name, Duration delay, Runnable job) {
        threads.schedule(logged(name, job), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs {@code job} every {@code interval}, the first time one interval from now. */
    public void every(String name, Duration interval, Runnable job) {
        long millis = interval.toMillis();
        threads.scheduleWithFixedDelay(logged(name, job), millis, millis, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs {@code job} at the instants of a cron expression in the server's time zone ({@link CronTrigger}: seconds,
     * optional, then minutes, hours, day of month, month, day of week).
     */
    public void at(String name, String cron, Runnable job) {
        scheduleNext(new CronTrigger(cron, ZoneId.systemDefault()), logged(name, job));
    }

    private void scheduleNext(CronTrigger trigger, Runnable job) {
        if (!threads.isShutdown()) {
            threads.schedule(() -> {
                job.run();
                scheduleNext(trigger, job);
            }, untilNext(trigger, ZonedDateTime.now(trigger.getZoneId())).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The time from {@code now} to the trigger's next instant after it (the trigger itself would give {@code now} if it is one). */
    static Duration untilNext(CronTrigger trigger, ZonedDateTime now) {
        return Duration.between(now, trigger.getNextRunTime(null, now.plusNanos(1_000_000)));
    }

    private Runnable logged(String name, Runnable job) {
        return () -> {
            RequestContextController requestContext = requestContexts.get();
            requestContext.activate();
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The job \"" + name + "\" failed; it runs again at its next time", e);
            } finally {
                requestContext.deactivate();
                requestContexts.destroy(requestContext);
            }
        };
    }
}
