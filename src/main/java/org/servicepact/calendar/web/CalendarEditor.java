package org.servicepact.calendar.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.calendar.application.CalendarForm;
import org.servicepact.calendar.application.Calendars;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.platform.web.BundleMessageResolver;
import org.servicepact.platform.web.FormMessages;
import org.servicepact.platform.web.Pages;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;

/** Creates or changes one business calendar: zone, working periods and holidays. */
@Named
@ViewScoped
public class CalendarEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
            .sorted().toList();

    @Inject
    Calendars calendars;

    private Long id;
    private CalendarForm form;

    public void load() {
        try {
            form = id == null ? new CalendarForm() : calendars.edit(id);
        } catch (RuleViolation gone) {
            Pages.notFound();
            return;
        }
        if (form.getPeriods().isEmpty()) {
            form.addPeriod();
        }
    }

    public String save() {
        return FormMessages.attempt(() -> calendars.save(form), "calendar.saved", form.getName())
                ? "/admin/calendars?faces-redirect=true" : null;
    }

    public List<String> getZones() {
        return ZONES;
    }

    public String dayLabel(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, BundleMessageResolver.locale());
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CalendarForm getForm() {
        return form;
    }
}
