/**
 * Business calendars and the arithmetic of business time: working periods per weekday, holidays, time
 * zones. {@code BusinessSchedule} is plain Java (no container) and every clock of the portal rests on it.
 * Depends on nothing else of ServicePact.
 */
package org.servicepact.calendar.domain;
