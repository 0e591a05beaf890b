/**
 * The bell in the portal's header.
 */
package org.servicepact.notification.web;
