package org.servicepact.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.omnifaces.config.WebXml;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import org.omnifaces.filter.FacesExceptionFilter;

/**
 * OmniFaces' {@link FacesExceptionFilter} (the error page for an exception that escapes a page outside an ajax
 * request), with one change: a refused post, an exception of a type named in
 * {@code org.omnifaces.EXCEPTION_TYPES_TO_IGNORE_IN_LOGGING} (an expired page, a missing or forged script nonce, a
 * {@link StalePostback}), is answered with its error page here instead of being thrown on to the container, which
 * logs each one as a warning with its whole stack trace. Such a post says nothing about the portal, and a client
 * could fill the log with them. Each is logged at {@code FINE}, with its stack trace, for an operator who looks for
 * one.
 */
public class RefusedPostPages extends FacesExceptionFilter {

    private static final Logger LOG = Logger.getLogger(RefusedPostPages.class.getName());

    private Class<? extends Throwable>[] refusals;

    @Override
    public void init() throws ServletException {
        super.init();
        refusals = FullAjaxExceptionHandler.getExceptionTypesToIgnoreInLogging(getServletContext());
    }

    @Override
    public void doFilter(HttpServletRequest request, HttpServletResponse response, HttpSession session, FilterChain chain)
            throws ServletException, IOException {
        try {
            super.doFilter(request, response, session, chain);
        } catch (ServletException | RuntimeException exception) {
            Throwable refusal = refusalIn(exception, refusals);
            String page = refusal == null ? null : WebXml.instance().findErrorPageLocation(refusal);
            if (page == null || response.isCommitted()) {
                throw exception;
            }
            LOG.log(Level.FINE, "A refused post, answered with " + page, refusal);
            response.resetBuffer();
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, refusal);
            request.getRequestDispatcher(page).forward(new FreshErrorPages.WithoutFields(request),
                    new FreshErrorPages.OwnScriptPolicy(response));
        }
    }

    /** The first exception in the chain of causes that is one of the refusals' types, or null if none is. */
    static Throwable refusalIn(Throwable exception, Class<? extends Throwable>[] refusals) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (Class<? extends Throwable> type : refusals) {
                if (type.isInstance(cause)) {
                    return cause;
                }
            }
        }
        return null;
    }
}
