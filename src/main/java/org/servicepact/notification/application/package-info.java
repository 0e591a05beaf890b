/**
 * Writes notifications when a request or letter notice is fired (observer), counts and lists them. Reads the
 * request and feedback components' notices; nothing depends on notifications.
 */
package org.servicepact.notification.application;
