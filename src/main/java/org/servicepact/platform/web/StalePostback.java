package org.servicepact.platform.web;

/**
 * A form posted from a page the portal can no longer read: the page's state was left behind, or its fields hold what
 * the page never sent. Shown as an expired page (400), as it is the visitor's page that is out of date, not the portal
 * that failed ({@link StalePostbacks}).
 */
public class StalePostback extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StalePostback(Throwable cause) {
        super("A form posted from a page that can no longer be read: " + cause, cause);
    }
}
