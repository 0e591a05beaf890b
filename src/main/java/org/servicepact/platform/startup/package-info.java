/**
 * Start-up work: Flyway migrations before anything touches the database.
 */
package org.servicepact.platform.startup;
