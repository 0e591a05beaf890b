package org.servicepact.security;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;

/**
 * Whether a form was posted from another site. The login form keeps no state on the server (a visitor gets no
 * session, {@link ReturnPath}), so it lacks the view state that ties the portal's other forms to their session; what a
 * browser says of a post's origin ({@code Sec-Fetch-Site}, {@code Origin}) keeps another site from signing a person
 * in under an account of its choosing. A client that says nothing (no browser) is not refused.
 */
public final class FormOrigin {

    private FormOrigin() {
    }

    public static boolean isForeign(HttpServletRequest request) {
        return isForeign(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), request.getHeader("Host"));
    }

    /** Foreign when the browser calls the post cross-site, or names an origin whose host and port are not this one's. */
    static boolean isForeign(String fetchSite, String origin, String host) {
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            return true;
        }
        if (origin == null || host == null) {
            return false;
        }
        try {
            URI from = URI.create(origin);
            return from.getHost() == null || !authority(from).equalsIgnoreCase(host);
        } catch (IllegalArgumentException notAnOrigin) {
            return true; // "null" (a sandboxed frame or a file) and anything unreadable
        }
    }

    private static String authority(URI origin) {
        return origin.getPort() < 0 ? origin.getHost() : origin.getHost() + ":" + origin.getPort();
    }
}
