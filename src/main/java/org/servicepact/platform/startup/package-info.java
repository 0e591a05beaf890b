/**
 * Start-up work, in the order {@link org.servicepact.platform.startup.StartupOrder} gives: Flyway migrations before
 * anything touches the database; the switch of the background jobs and which node runs them; the timers those jobs
 * run on ({@link org.servicepact.platform.startup.JobTimers}, threads of Jakarta Concurrency's managed thread factory).
 */
package org.servicepact.platform.startup;
