/**
 * Business calendars and the arithmetic of business time: working periods per weekday, holidays, time
 * zones. {@code BusinessSchedule} is plain Java (no container) and every clock of the portal rests on it; it
 * compiles itself on first use into a {@code CompiledCalendar} (working intervals per year on the time line,
 * with running totals), on which the arithmetic is look-ups and subtractions.
 * Depends on nothing else of ServicePact.
 */
package org.servicepact.calendar.domain;
