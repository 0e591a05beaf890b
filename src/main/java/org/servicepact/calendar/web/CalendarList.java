package org.servicepact.calendar.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.calendar.application.Calendars;
import org.servicepact.calendar.domain.BusinessCalendar;

import java.util.List;

/** The calendars an administrator maintains; there are few, so they are listed whole. */
@Named
@RequestScoped
public class CalendarList {

    @Inject
    Calendars calendars;

    private List<BusinessCalendar> all;

    public List<BusinessCalendar> getAll() {
        if (all == null) {
            all = calendars.all();
        }
        return all;
    }
}
