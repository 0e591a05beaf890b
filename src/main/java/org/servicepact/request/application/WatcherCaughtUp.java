package org.servicepact.request.application;

import java.time.Instant;

/**
 * The watcher's catch-up at start-up is done: the summary notices it wrote (dated {@code at}) are complete, and the
 * notification component may now send them on (one mail per summary, with its final count).
 */
public record WatcherCaughtUp(Instant at) {
}
