/**
 * View beans of the calendar administration pages (admin/calendars.xhtml, admin/calendar.xhtml).
 */
package org.servicepact.calendar.web;
