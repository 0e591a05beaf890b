package org.servicepact.request.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.servicepact.platform.i18n.Languages;
import org.servicepact.platform.i18n.Texts;
import org.servicepact.security.PortalAuthenticationMechanism;

import java.io.IOException;
import java.util.Set;

import static org.servicepact.platform.SharedJson.JSON;

/**
 * Answers, in JSON, the API calls the JAX-RS application never sees: a call without a valid token or HTTP Basic
 * credentials gets 401 with Bearer and Basic challenges (never the login page; the credentials themselves are
 * checked by the portal's authentication mechanism, on each call and without a session, and a session cookie does
 * not count), a read-only token anything but reading 403, and a path outside {@code /api/v1} 404.
 */
@WebFilter(filterName = "ApiGate", urlPatterns = "/api/*")
public class ApiGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String VERSION_1 = "/api/v1";
    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            response.addHeader("WWW-Authenticate", "Bearer realm=\"ServicePact\"");
            response.addHeader("WWW-Authenticate", "Basic realm=\"ServicePact\", charset=\"UTF-8\"");
            answer(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.status.401");
            return;
        }
        if (request.getAttribute(PortalAuthenticationMechanism.READ_ONLY_TOKEN) != null && !READING.contains(request.getMethod())) {
            answer(request, response, HttpServletResponse.SC_FORBIDDEN, "api.token.readOnly");
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.equals(VERSION_1) && !path.startsWith(VERSION_1 + "/")) {
            answer(request, response, HttpServletResponse.SC_NOT_FOUND, "api.status.404");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response, int status, String messageKey)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.createObjectBuilder().addNull("field")
                .add("message", Texts.format(Languages.ofHeader(request.getHeader("Accept-Language")), messageKey)).build().toString());
    }
}
