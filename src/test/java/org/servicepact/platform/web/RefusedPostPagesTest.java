package org.servicepact.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class RefusedPostPagesTest {

    @SuppressWarnings("unchecked")
    private static final Class<? extends Throwable>[] REFUSALS = new Class[] {ViewExpiredException.class, StalePostback.class};

    @Test
    void aRefusalIsFoundUnderItsWrappers() {
        StalePostback stale = new StalePostback(new NumberFormatException("Character N is neither a decimal digit number"));
        assertSame(stale, RefusedPostPages.refusalIn(new ServletException(new FacesException(stale)), REFUSALS));
        ViewExpiredException expired = new ViewExpiredException("/profile.xhtml");
        assertSame(expired, RefusedPostPages.refusalIn(expired, REFUSALS));
    }

    @Test
    void anyOtherFailureIsNoRefusal() {
        assertNull(RefusedPostPages.refusalIn(new ServletException(new IllegalStateException("the portal's fault")), REFUSALS));
        assertNull(RefusedPostPages.refusalIn(new NumberFormatException("not under a refusal"), REFUSALS),
                "a refusal's cause alone is not the refusal");
    }
}
