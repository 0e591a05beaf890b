package org.servicepact.request.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Answers an API call that came without valid HTTP Basic credentials with 401 and a Basic challenge, never the
 * login page. The credentials themselves are checked by the portal's authentication mechanism, on each call and
 * without a session; a session cookie does not count here.
 */
@WebFilter(filterName = "ApiCredentialsRequired", urlPatterns = "/api/*")
public class ApiCredentialsRequired extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ServicePact\", charset=\"UTF-8\"");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.getWriter().write("{\"message\":\"Log in with HTTP Basic: your portal username and password.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
