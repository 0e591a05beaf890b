/**
 * JPA plumbing shared by all components: {@link java.time.Instant}s stored as UTC timestamps, loading
 * a record a user is about to change (refused when it is gone or someone changed it first), text refused when
 * its column cannot keep it ({@code StorableText}) or, where the portal must store it anyway, fitted to it
 * ({@code FittedText}).
 */
package org.servicepact.platform.persistence;
