/**
 * In-app notifications: the entity a person is told through.
 */
package org.servicepact.notification.domain;
