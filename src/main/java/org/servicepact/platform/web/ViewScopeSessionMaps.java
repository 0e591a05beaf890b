package org.servicepact.platform.web;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives every new session the two maps in which Mojarra keeps the session's view-scoped beans, before any page can
 * race to make them.
 * <p>
 * Mojarra (4.0.11) makes each map when the session's first view-scoped page needs it, checking for it outside its lock
 * and not again inside: two such pages of a new session at the same moment (tabs restored after signing in, a double
 * click) each made a map, the later replaced the earlier, and the other page's beans were gone before its view action
 * ran (a request's page answered 404). With the maps there from the start, Mojarra only ever finds them. The names and
 * shapes are Mojarra's own: the views' maps in order of use, oldest first (Mojarra removes the oldest itself when a
 * session has {@code com.sun.faces.numberOfActiveViewMaps}), and the beans' contexts by view, read by many threads.
 * <p>
 * A session another node made, taken over from the data grid, is announced to the listeners as if it were new; it
 * keeps the maps it carries (replacing them lost every view-scoped bean of a failed-over page).
 */
@WebListener
public class ViewScopeSessionMaps implements HttpSessionListener {

    public static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";
    public static final String ACTIVE_VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        if (session.getAttribute(ACTIVE_VIEW_MAPS) == null) {
            Map<String, Object> viewMapsOldestFirst = new LinkedHashMap<>(16, 0.75f, true);
            session.setAttribute(ACTIVE_VIEW_MAPS, Collections.synchronizedMap(viewMapsOldestFirst));
        }
        if (session.getAttribute(ACTIVE_VIEW_CONTEXTS) == null) {
            session.setAttribute(ACTIVE_VIEW_CONTEXTS, new ConcurrentHashMap<String, Object>());
        }
    }
}
