package org.servicepact.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * Faces' exception handling: OmniFaces' {@link FullAjaxExceptionHandler}, which shows the error page for an ajax
 * request too, with one addition. What fails while Faces restores a posted page or reads its fields, before any action
 * runs, comes from the post, not from the portal, and is answered as an expired page ({@link StalePostback}, 400)
 * instead of "something went wrong" (500): the page's state was left behind (a second click of a button whose first
 * click had already led elsewhere, which ends the page's view beans, so the page no longer knows its record), or its
 * fields hold what the page never sent (a tab's index that is no number, the hidden twin of a number field, a view
 * state of a page kept in the browser where the portal keeps it on the server). Such a post is logged only at
 * {@code FINE} (it is one of OmniFaces' exception types to ignore in logging, web.xml), with its stack trace, as a real
 * failure while a page is read would look the same.
 */
public class StalePostbacks extends ExceptionHandlerFactory {

    private static final Logger LOG = Logger.getLogger(StalePostbacks.class.getName());

    public StalePostbacks(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    /** Whether a failure came from reading the post: in the phases before the page's model is touched. */
    static boolean fromThePost(String method, PhaseId phase, Throwable cause) {
        return "POST".equals(method) && (phase == PhaseId.RESTORE_VIEW || phase == PhaseId.APPLY_REQUEST_VALUES)
                && !(cause instanceof ViewExpiredException);
    }

    private static final class Handler extends FullAjaxExceptionHandler {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        protected Throwable findExceptionRootCause(FacesContext context, Throwable exception) {
            Throwable cause = super.findExceptionRootCause(context, exception);
            String method = ((HttpServletRequest) context.getExternalContext().getRequest()).getMethod();
            return fromThePost(method, context.getCurrentPhaseId(), cause) ? new StalePostback(cause) : cause;
        }

        @Override
        protected void logException(FacesContext context, Throwable exception, String location, String message,
                Object... parameters) {
            if (exception instanceof StalePostback) {
                LOG.log(Level.FINE, "A stale post, answered with " + location, exception);
            }
            super.logException(context, exception, location, message, parameters);
        }
    }
}
