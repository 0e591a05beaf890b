package org.servicepact.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.notification.application.Notifications;
import org.servicepact.security.CurrentUser;

/** The bell in the header: how many notifications are unread (its list is {@link NotificationsServlet}'s). */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser currentUser;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            unread = notifications.unread(currentUser.getUsername());
        }
        return unread;
    }
}
