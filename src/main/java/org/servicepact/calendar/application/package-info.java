/**
 * Transactional services that create and change business calendars. Depends on calendar.domain and
 * platform.
 */
package org.servicepact.calendar.application;
