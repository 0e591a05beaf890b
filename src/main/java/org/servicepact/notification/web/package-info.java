/**
 * The bell in the portal's header (its count on every page, its list read when it opens), the person's mail choices
 * and to-do list, and the departments' webhooks.
 */
package org.servicepact.notification.web;
