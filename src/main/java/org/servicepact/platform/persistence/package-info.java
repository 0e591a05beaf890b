/**
 * JPA plumbing shared by all components: {@link java.time.Instant}s stored as UTC timestamps, and loading
 * a record a user is about to change (refused when it is gone or someone changed it first).
 */
package org.servicepact.platform.persistence;
