package org.servicepact.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * The headers every answer carries: when it was given, by the portal's clock (HTTP asks this of a server with a
 * clock; tests read the portal's time from it); no content-type sniffing, no framing by other sites, the referrer only to this
 * portal, and nothing but the look of the portal (scripts, styles, images) kept in a browser's or a proxy's cache,
 * as pages, exports and API answers hold what one person may see.
 */
@WebFilter(filterName = "ResponseHeaders", urlPatterns = "/*")
public class ResponseHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final List<String> CACHEABLE = List.of("/jakarta.faces.resource/", "/resources/", "/favicon.ico");

    @Inject
    transient Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setDateHeader("Date", clock.millis());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (CACHEABLE.stream().noneMatch(path::startsWith)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
