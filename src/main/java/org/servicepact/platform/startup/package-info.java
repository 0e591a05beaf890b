/**
 * Start-up work: Flyway migrations before anything touches the database; the switch of the background jobs.
 */
package org.servicepact.platform.startup;
