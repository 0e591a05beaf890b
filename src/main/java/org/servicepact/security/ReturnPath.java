package org.servicepact.security;

/**
 * Where a person goes after signing in: the page of this portal that sent them to the login page, carried in the
 * login page's address ({@code ?next=…}) rather than in a session, so that a visitor who has not signed in costs the
 * server no session. Anything that is not a plain path of this portal (another site, {@code //host}, a line break) is
 * replaced by the home page, so the parameter cannot send anyone elsewhere.
 */
public final class ReturnPath {

    /** The request parameter that carries the path. */
    public static final String PARAMETER = "next";

    private static final String HOME = "/";
    private static final int LONGEST = 2000;

    private ReturnPath() {
    }

    /** The path to go to after signing in: {@code requested} when it is a path of this portal, else the home page. */
    public static String of(String requested) {
        if (requested == null || requested.isEmpty() || requested.length() > LONGEST || requested.charAt(0) != '/') {
            return HOME;
        }
        if (requested.startsWith("//") || requested.startsWith("/\\")) {
            return HOME;
        }
        for (int i = 0; i < requested.length(); i++) {
            char c = requested.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return HOME;
            }
        }
        return requested;
    }
}
