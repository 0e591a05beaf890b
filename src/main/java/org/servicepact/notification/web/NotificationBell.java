package org.servicepact.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.notification.application.Notifications;
import org.servicepact.notification.domain.Notification;
import org.servicepact.security.CurrentUser;

import java.util.List;

/** The bell in the header: how many notifications are unread, and the latest ones. */
@Named
@RequestScoped
public class NotificationBell {

    private static final int SHOWN = 12;

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser currentUser;

    private Long unread;
    private List<Notification> recent;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unread(currentUser.getUsername());
        }
        return unread;
    }

    public List<Notification> getRecent() {
        if (recent == null) {
            recent = notifications.recent(currentUser.getUsername(), SHOWN);
        }
        return recent;
    }

    /** What the notification says, in the language of the page. */
    public String text(Notification notification) {
        return notification.getMessage().render(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public void markAllRead() {
        notifications.markAllRead(currentUser.getUsername());
        unread = 0L;
        recent = null;
    }
}
