package org.servicepact.request.api;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Authenticates API calls: HTTP Basic credentials are checked by the portal's identity store (through the
 * same authentication mechanism as the login page) for this one request, without a session. A call
 * without valid credentials gets 401 with a Basic challenge, never the login page.
 */
@WebFilter(filterName = "BasicAuthenticationFilter", urlPatterns = "/api/*")
public class BasicAuthenticationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String BASIC = "Basic ";

    @Inject
    transient SecurityContext securityContext;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = request.getHeader("Authorization");
        if (request.getUserPrincipal() == null && header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            String[] credentials = decode(header.substring(BASIC.length()));
            if (credentials != null) {
                AuthenticationStatus status = securityContext.authenticate(request, response,
                        withParams().credential(new UsernamePasswordCredential(credentials[0], credentials[1])));
                if (status != AuthenticationStatus.SUCCESS) {
                    response.reset();
                }
            }
        }
        if (request.getUserPrincipal() == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ServicePact\", charset=\"UTF-8\"");
            response.setContentType("application/json");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.getWriter().write("{\"message\":\"Log in with HTTP Basic: your portal username and password.\"}");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String[] decode(String encoded) {
        try {
            String text = new String(Base64.getDecoder().decode(encoded.strip()), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon < 1 ? null : new String[]{text.substring(0, colon), text.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
