/**
 * JPA plumbing shared by all entities, such as storing {@link java.time.Instant} as UTC timestamps.
 */
package org.servicepact.platform.persistence;
