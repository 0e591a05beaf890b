package org.servicepact.notification.web;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.servicepact.calendar.application.Calendars;
import org.servicepact.notification.application.Notifications;
import org.servicepact.notification.domain.Notification;
import org.servicepact.platform.i18n.Texts;
import org.servicepact.security.FormOrigin;
import org.servicepact.security.ReaderLanguage;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.servicepact.platform.SharedJson.JSON;

/**
 * {@code /notifications}: what the bell in the header shows when it is opened, for the signed-in person, as JSON
 * ({@code {"unread": 2, "notices": [{"text", "href", "when", "read"}]}}, the texts in their language); a POST marks
 * all of them read and answers the same. The bell's script asks for it (portal.js), so the header needs no form.
 * A POST from another site is refused.
 */
@WebServlet("/notifications")
public class NotificationsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 12;

    @Inject
    transient Notifications notifications;

    @Inject
    transient ReaderLanguage readerLanguage;

    @Inject
    transient Calendars calendars;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (FormOrigin.isForeign(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        notifications.markAllRead(request.getRemoteUser());
        answer(request, response);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getRemoteUser();
        Locale locale = readerLanguage.of(request);
        // as the pages write an instant (calendar.web.Times): the bundle's pattern, the organisation's time zone
        DateTimeFormatter when = Texts.dates(locale, "format.dateTime").withZone(calendars.organisationZone());
        JsonArrayBuilder notices = JSON.createArrayBuilder();
        for (Notification notice : notifications.recent(username, SHOWN)) {
            notices.add(JSON.createObjectBuilder()
                    .add("text", notice.getMessage().render(locale))
                    .add("href", request.getContextPath() + notice.getPath())
                    .add("when", when.format(notice.getCreatedAt()))
                    .add("read", notice.isRead()));
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.createWriter(response.getWriter()).write(JSON.createObjectBuilder()
                .add("unread", notifications.unread(username)).add("notices", notices).build());
    }
}
