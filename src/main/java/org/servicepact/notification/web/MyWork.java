package org.servicepact.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.notification.application.WorkItem;
import org.servicepact.notification.application.WorkList;
import org.servicepact.platform.i18n.Texts;
import org.servicepact.security.CurrentUser;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The home page's to-do list: what waits on me, most urgent first, each with its due time or age. */
@Named
@RequestScoped
public class MyWork {

    @Inject
    WorkList work;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private List<WorkItem> items;

    public List<WorkItem> getItems() {
        if (items == null) {
            items = work.of(currentUser.getUsername());
        }
        return items;
    }

    /** "3 days" since it began to wait (for items without a due time). */
    public String age(WorkItem item) {
        if (item.since() == null) {
            return "";
        }
        Duration waited = Duration.between(item.since(), clock.instant());
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (waited.toDays() >= 1) {
            return Texts.format(locale, "home.work.age.days", waited.toDays());
        }
        if (waited.toHours() >= 1) {
            return Texts.format(locale, "home.work.age.hours", waited.toHours());
        }
        return Texts.format(locale, "home.work.age.minutes", Math.max(0, waited.toMinutes()));
    }
}
