package org.servicepact.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, decided afresh on every request and handed to the container with the caller's roles of that
 * moment ({@link CallerGroups}):
 * <ul>
 *   <li>pages: the login page's credentials start a session that keeps only the username; every later request
 *       of the session looks the roles up again, so a deactivated employee is out on their next click and a
 *       role taken away is gone;</li>
 *   <li>the API ({@code /api/…}) and its OpenAPI document ({@code /openapi}): HTTP Basic credentials on each call,
 *       never a session, never the cookie; a call without valid credentials goes on anonymous, and the API answers
 *       it 401.</li>
 * </ul>
 * The roles are always given to the container explicitly. Payara's own session reuse (Soteria's
 * {@code @AutoApplySession}) finds the session's roles through a security context shared between threads, so
 * under concurrent requests some authenticated requests lost their roles and got 403 (FISH-7515, fixed after
 * Payara 6.2025.10), and the first request after a login had none (Payara issue 4734).
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final String CALLER = PortalAuthenticationMechanism.class.getName() + ".caller";
    private static final String ORIGINAL_PATH = PortalAuthenticationMechanism.class.getName() + ".originalPath";
    private static final String LOGIN_PAGE = "/login.xhtml";
    private static final String API = "/api/";
    private static final String OPENAPI = "/openapi";
    private static final String BASIC = "Basic ";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    CallerGroups callerGroups;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (isForApiClients(path(request))) {
            return basicCredentials(request).map(identityStores::validate)
                    .filter(result -> result.getStatus() == CredentialValidationResult.Status.VALID)
                    .map(context::notifyContainerAboutLogin)
                    .orElseGet(() -> context.isProtected() ? context.responseUnauthorized() : context.doNothing());
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return logIn(request, credential, context);
        }
        if (context.isProtected() || path(request).endsWith(".xhtml")) {
            Optional<AuthenticationStatus> continued = continueSession(request, context);
            if (continued.isPresent()) {
                return continued.get();
            }
        }
        return context.isProtected() ? toLoginPage(request, response, context) : context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(CALLER);
        }
    }

    /**
     * Where to go after logging in: the page that sent the caller to the login page (a path of this portal that
     * was asked for with GET), else the home page.
     */
    public static String pathAfterLogin(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object original = session == null ? null : session.getAttribute(ORIGINAL_PATH);
        if (session != null) {
            session.removeAttribute(ORIGINAL_PATH);
        }
        return original instanceof String path ? path : "/";
    }

    private AuthenticationStatus logIn(HttpServletRequest request, Credential credential, HttpMessageContext context) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            request.getSession(true).setAttribute(CALLER, result.getCallerPrincipal().getName());
        }
        return context.notifyContainerAboutLogin(result);
    }

    private Optional<AuthenticationStatus> continueSession(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(CALLER) instanceof String username)) {
            return Optional.empty();
        }
        Optional<Set<String>> groups = callerGroups.of(username);
        if (groups.isEmpty()) {
            session.removeAttribute(CALLER);
            return Optional.empty();
        }
        return Optional.of(context.notifyContainerAboutLogin(username, groups.get()));
    }

    /** Sends a caller without a session to the login page, remembering a page they asked for; an ajax request is told where to go. */
    private AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String loginPage = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return partialRedirect(response, loginPage);
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(ORIGINAL_PATH, path(request) + (query == null ? "" : "?" + query));
        }
        return context.redirect(loginPage);
    }

    private static AuthenticationStatus partialRedirect(HttpServletResponse response, String location) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + location + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Credential> basicCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            return colon < 1 ? Optional.empty()
                    : Optional.of(new UsernamePasswordCredential(text.substring(0, colon), text.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static boolean isForApiClients(String path) {
        return path.startsWith(API) || path.equals(OPENAPI) || path.startsWith(OPENAPI + "/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
