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
import org.servicepact.platform.audit.AuditEvent;
import org.servicepact.platform.audit.AuditTrail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Who is asking, decided afresh on every request and handed to the container with the caller's roles of that
 * moment ({@link CallerGroups}):
 * <ul>
 *   <li>pages: the login page's credentials start a session that keeps only the username; every later request
 *       of the session looks the roles up again, so a deactivated employee is out on their next click and a
 *       role taken away is gone;</li>
 *   <li>single sign-on: {@code /sign-in/oidc} sends the person to the organisation's OpenID provider and takes
 *       them back ({@link OpenIdSignIn}), after which the session is the same as a login's;</li>
 *   <li>the API ({@code /api/…}) and its OpenAPI document ({@code /openapi}): a personal access token
 *       ({@code Authorization: Bearer}, {@link ApiTokens}) or HTTP Basic credentials on each call, never a session,
 *       never the cookie; a call without valid credentials goes on anonymous, and the API answers it 401.</li>
 * </ul>
 * Both kinds of credentials go through the {@link LoginThrottle}.
 * The roles are always given to the container explicitly. Payara's own session reuse (Soteria's
 * {@code @AutoApplySession}) finds the session's roles through a security context shared between threads, so
 * under concurrent requests some authenticated requests lost their roles and got 403 (FISH-7515, fixed after
 * Payara 6.2025.10), and the first request after a login had none (Payara issue 4734).
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(PortalAuthenticationMechanism.class.getName());
    private static final String CALLER = PortalAuthenticationMechanism.class.getName() + ".caller";
    private static final String ORIGINAL_PATH = PortalAuthenticationMechanism.class.getName() + ".originalPath";
    private static final String LOGIN_PAGE = "/login.xhtml";
    private static final String OPENID_RETURN = "/sign-in/oidc";
    private static final String REFUSED_PAGE = "/sign-in/refused.xhtml";
    private static final String API = "/api/";
    private static final String OPENAPI = "/openapi";
    private static final String BASIC = "Basic ";
    private static final String BEARER = "Bearer ";
    private static final String OPENID = "OpenID Connect";

    /** Set on an API call made with a read-only token: the API refuses it anything but reading. */
    public static final String READ_ONLY_TOKEN = PortalAuthenticationMechanism.class.getName() + ".readOnlyToken";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    CallerGroups callerGroups;

    @Inject
    LoginThrottle throttle;

    @Inject
    Passwords passwords;

    @Inject
    AuditTrail trail;

    @Inject
    ApiTokens tokens;

    @Inject
    OpenIdSignIn openId;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (OPENID_RETURN.equals(path(request)) && openId.isEnabled()) {
            return throughOpenIdProvider(request, context);
        }
        if (isForApiClients(path(request))) {
            Optional<String> token = bearerToken(request);
            if (token.isPresent()) {
                return tokenLogin(request, token.get(), context);
            }
            return basicCredentials(request).map(credential -> validateCounted(request, credential))
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

    /** Where to go after single sign-on: the page kept when the person set out to the provider ({@link ReturnPath}). */
    private static String pathAfterSingleSignOn(HttpSession session) {
        Object original = session.getAttribute(ORIGINAL_PATH);
        session.removeAttribute(ORIGINAL_PATH);
        return ReturnPath.of(original instanceof String path ? path : null);
    }

    private AuthenticationStatus logIn(HttpServletRequest request, Credential credential, HttpMessageContext context) {
        CredentialValidationResult result = validateCounted(request, credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            request.getSession(true).setAttribute(CALLER, result.getCallerPrincipal().getName());
            trail.recordAs(result.getCallerPrincipal().getName(), AuditEvent.Kind.SIGN_IN, result.getCallerPrincipal().getName(),
                    channel(request));
        }
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * Sends the person to the OpenID provider, or, when the provider sent them back, lets them in (a new session id,
     * on to the page they had asked for) or shows them why not.
     */
    private AuthenticationStatus throughOpenIdProvider(HttpServletRequest request, HttpMessageContext context) {
        if (request.getParameter("state") == null) {
            Optional<URI> callback = addressOf(request.getRequestURL().toString());
            if (callback.isEmpty()) {
                return context.redirect(refusedPage(request, OpenIdSignIn.Refusal.NOT_TRUSTED));
            }
            HttpSession session = request.getSession(true);
            session.setAttribute(ORIGINAL_PATH, ReturnPath.of(request.getParameter(ReturnPath.PARAMETER)));
            return openId.start(session, callback.get())
                    .map(provider -> context.redirect(provider.toString()))
                    .orElseGet(() -> context.redirect(refusedPage(request, OpenIdSignIn.Refusal.PROVIDER_UNREACHABLE)));
        }
        OpenIdSignIn.Outcome outcome = addressOf(request.getRequestURL() + "?" + request.getQueryString())
                .map(answer -> openId.finish(request.getSession(false), answer))
                .orElseGet(() -> OpenIdSignIn.Outcome.refused(OpenIdSignIn.Refusal.NOT_TRUSTED, "unreadable answer: not an address"));
        if (!outcome.isSignedIn()) {
            LOG.log(Level.INFO, "Single sign-on refused ({0}): {1}", new Object[]{outcome.refusal(), outcome.detail()});
            trail.recordAs(null, AuditEvent.Kind.SIGN_IN_FAILED, null, OPENID + ": " + outcome.detail());
            return context.redirect(refusedPage(request, outcome.refusal()));
        }
        request.changeSessionId(); // a session id known before login is never the logged-in one
        request.getSession().setAttribute(CALLER, outcome.username());
        trail.recordAs(outcome.username(), AuditEvent.Kind.SIGN_IN, outcome.username(), OPENID);
        return context.redirect(request.getContextPath() + pathAfterSingleSignOn(request.getSession()));
    }

    /** The address a request came to, or empty when a hand-made request (a stray {@code %} in it, a bad host) makes none. */
    private static Optional<URI> addressOf(String text) {
        try {
            return Optional.of(new URI(text));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String refusedPage(HttpServletRequest request, OpenIdSignIn.Refusal refusal) {
        return request.getContextPath() + REFUSED_PAGE + "?reason=" + refusal.name();
    }

    /**
     * Checks a username and password under the {@link LoginThrottle}: refused unread (after the same work) while the
     * account or the client's address is locked, counted when wrong, the account's count cleared when right.
     */
    private CredentialValidationResult validateCounted(HttpServletRequest request, Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return identityStores.validate(credential);
        }
        String address = request.getRemoteAddr();
        LoginThrottle.Standing standing = throttle.standing(login.getCaller(), address);
        if (standing.locked()) {
            passwords.spendTheTimeOfACheck(login.getPasswordAsString());
            trail.recordAs(null, AuditEvent.Kind.SIGN_IN_FAILED, login.getCaller(), channel(request) + ", locked");
            return CredentialValidationResult.INVALID_RESULT;
        }
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(login.getCaller(), standing);
        } else {
            trail.recordAs(null, AuditEvent.Kind.SIGN_IN_FAILED, login.getCaller(), channel(request));
            throttle.failed(login.getCaller(), address);
        }
        return result;
    }

    private Optional<AuthenticationStatus> continueSession(HttpServletRequest request, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(CALLER) instanceof String username)) {
            return Optional.empty();
        }
        Optional<Caller> caller = callerGroups.caller(username);
        if (caller.isEmpty()) {
            session.removeAttribute(CALLER);
            return Optional.empty();
        }
        caller.get().keepOn(request);
        return Optional.of(context.notifyContainerAboutLogin(username, caller.get().groups()));
    }

    /**
     * Sends a caller without a session to the login page, the page they asked for with GET in its address (no session
     * is made for a visitor); an ajax request is told where to go.
     */
    private AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String loginPage = request.getContextPath() + LOGIN_PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return partialRedirect(response, loginPage);
        }
        String query = request.getQueryString();
        String asked = path(request) + (query == null ? "" : "?" + query);
        if ("GET".equals(request.getMethod()) && !"/".equals(asked)) {
            loginPage += "?" + ReturnPath.PARAMETER + "=" + URLEncoder.encode(asked, StandardCharsets.UTF_8);
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

    /**
     * Admits the holder of a personal access token that holds now, with their roles of this moment; a read-only
     * token is marked on the request ({@link #READ_ONLY_TOKEN}) for the API to refuse what would write.
     */
    private AuthenticationStatus tokenLogin(HttpServletRequest request, String token, HttpMessageContext context) {
        Optional<ApiTokens.Bearer> bearer = tokens.admit(token);
        Optional<Set<String>> groups = bearer.flatMap(holder -> callerGroups.of(holder.username()));
        if (groups.isEmpty()) {
            return context.isProtected() ? context.responseUnauthorized() : context.doNothing();
        }
        if (bearer.get().scope() == ApiToken.Scope.READ_ONLY) {
            request.setAttribute(READ_ONLY_TOKEN, Boolean.TRUE);
        }
        return context.notifyContainerAboutLogin(bearer.get().username(), groups.get());
    }

    private static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length()) ? Optional.empty()
                : Optional.of(header.substring(BEARER.length()).strip());
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

    /** Where a sign-in came in, for the audit trail (an API call's sign-ins are not recorded, only its failures). */
    private static String channel(HttpServletRequest request) {
        return isForApiClients(path(request)) ? "API" : "login page";
    }

    private static boolean isForApiClients(String path) {
        return path.startsWith(API) || path.equals(OPENAPI) || path.startsWith(OPENAPI + "/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
