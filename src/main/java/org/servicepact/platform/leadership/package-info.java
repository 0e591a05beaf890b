/**
 * Which node runs the background work when several share one database: a named lock that one holder at a time
 * has ({@link org.servicepact.platform.leadership.LeaderLock}), a PostgreSQL advisory lock held on a connection
 * of its own, so that it goes away with the node that held it.
 */
package org.servicepact.platform.leadership;
