/**
 * Writes notifications when a request notice is fired (observer), counts and lists them. Reads the
 * request component's notices; nothing depends on notifications.
 */
package org.servicepact.notification.application;
