/**
 * Start-up work: Flyway migrations before anything touches the database; the switch of the background jobs and
 * which node runs them.
 */
package org.servicepact.platform.startup;
