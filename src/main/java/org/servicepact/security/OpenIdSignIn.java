package org.servicepact.security;

import com.nimbusds.jose.Algorithm;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Single sign-on with the organisation's OpenID provider: the authorization code flow with PKCE, a state against
 * forged answers and a nonce against replayed tokens, the ID token checked for its signature (the provider's
 * published keys), issuer, audience (this portal's client id) and expiry before anyone is let in
 * ({@link ExternalSignIns} decides who it is). The provider's metadata is read once and kept.
 */
@ApplicationScoped
public class OpenIdSignIn {

    private static final Logger LOG = Logger.getLogger(OpenIdSignIn.class.getName());
    private static final String PENDING = OpenIdSignIn.class.getName() + ".pending";
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;

    @Inject
    OpenIdSettings settings;

    @Inject
    ExternalSignIns accounts;

    private volatile Provider provider;

    /** Why a sign-in through the provider did not let the person in; each has its message on the refusal page. */
    public enum Refusal { UNKNOWN_PERSON, NOT_TRUSTED, PROVIDER_SAID_NO, PROVIDER_UNREACHABLE, NOT_UNDER_WAY }

    /** How a return from the provider ended: the username signed in, or why not (and, for the audit trail, a detail). */
    public record Outcome(String username, Refusal refusal, String detail) {

        static Outcome signedIn(String username) {
            return new Outcome(username, null, null);
        }

        static Outcome refused(Refusal refusal, String detail) {
            return new Outcome(null, refusal, detail);
        }

        public boolean isSignedIn() {
            return username != null;
        }
    }

    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    /** A sign-in sent to the provider, kept in the session until the provider sends the person back. */
    private record Pending(String state, String nonce, String verifier, String callback) implements Serializable {
    }

    public boolean isEnabled() {
        return settings.isEnabled();
    }

    public String providerName() {
        return settings.providerName();
    }

    /** Where to send the person to sign in: the provider's authorization endpoint; empty when it cannot be reached. */
    public Optional<URI> start(HttpSession session, URI defaultCallback) {
        Provider current;
        try {
            current = provider();
        } catch (GeneralException | IOException e) {
            LOG.log(Level.WARNING, "The OpenID provider {0} cannot be reached: {1}", new Object[]{settings.issuer(), e.toString()});
            return Optional.empty();
        }
        URI callback = settings.redirectUri().map(URI::create).orElse(defaultCallback);
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        session.setAttribute(PENDING, new Pending(state.getValue(), nonce.getValue(), verifier.getValue(), callback.toString()));
        return Optional.of(new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(settings.scope()),
                new ClientID(settings.clientId()), callback)
                .endpointURI(current.metadata().getAuthorizationEndpointURI())
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256)
                .build().toURI());
    }

    /** Finishes the sign-in the provider sent the person back from ({@code response}: the full callback URI). */
    public Outcome finish(HttpSession session, URI response) {
        Object kept = session == null ? null : session.getAttribute(PENDING);
        if (!(kept instanceof Pending pending)) {
            return Outcome.refused(Refusal.NOT_UNDER_WAY, "no sign-in under way in this session");
        }
        session.removeAttribute(PENDING);
        try {
            AuthenticationResponse answer = AuthenticationResponseParser.parse(response);
            if (answer.getState() == null || !pending.state().equals(answer.getState().getValue())) {
                return Outcome.refused(Refusal.NOT_TRUSTED, "the state does not match");
            }
            if (!answer.indicatesSuccess()) {
                return Outcome.refused(Refusal.PROVIDER_SAID_NO, describe(answer.toErrorResponse().getErrorObject()));
            }
            return signIn(answer.toSuccessResponse().getAuthorizationCode(), pending);
        } catch (ParseException e) {
            return Outcome.refused(Refusal.NOT_TRUSTED, "unreadable answer: " + e.getMessage());
        } catch (BadJOSEException | JOSEException e) {
            return Outcome.refused(Refusal.NOT_TRUSTED, "ID token refused: " + e.getMessage());
        } catch (GeneralException | IOException e) {
            return Outcome.refused(Refusal.PROVIDER_UNREACHABLE, e.toString());
        }
    }

    private Outcome signIn(AuthorizationCode code, Pending pending)
            throws GeneralException, IOException, BadJOSEException, JOSEException {
        Provider current = provider();
        TokenRequest tokenRequest = new TokenRequest(current.metadata().getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                new AuthorizationCodeGrant(code, URI.create(pending.callback()), new CodeVerifier(pending.verifier())));
        HTTPRequest http = tokenRequest.toHTTPRequest();
        http.setConnectTimeout(CONNECT_TIMEOUT_MS);
        http.setReadTimeout(READ_TIMEOUT_MS);
        TokenResponse tokens = OIDCTokenResponseParser.parse(http.send());
        if (!tokens.indicatesSuccess()) {
            return Outcome.refused(Refusal.PROVIDER_SAID_NO, describe(tokens.toErrorResponse().getErrorObject()));
        }
        JWT idToken = ((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens().getIDToken();
        IDTokenClaimsSet claims = current.validator().validate(idToken, new Nonce(pending.nonce()));
        ExternalSignIns.Person person = personFrom(claims);
        return accounts.employeeFor(settings.issuer(), person).map(Outcome::signedIn)
                .orElseGet(() -> Outcome.refused(Refusal.UNKNOWN_PERSON, "no active employee is "
                        + person.username() + " / " + person.email() + " (subject " + person.subject() + ")"));
    }

    private ExternalSignIns.Person personFrom(IDTokenClaimsSet claims) throws ParseException {
        List<String> groups = claims.getStringListClaim(settings.groupsClaim());
        return new ExternalSignIns.Person(claims.getSubject().getValue(), claims.getStringClaim(settings.usernameClaim()),
                claims.getStringClaim(settings.emailClaim()), claims.getStringClaim(settings.nameClaim()),
                groups == null ? null : groups.stream().filter(Objects::nonNull).toList());
    }

    /** The provider's metadata and the ID token checks built from it; read on first use, again after a failure. */
    private Provider provider() throws GeneralException, IOException {
        Provider known = provider;
        if (known != null) {
            return known;
        }
        Issuer issuer = new Issuer(settings.issuer());
        OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(issuer, CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
        // any signature algorithm the provider announces (asymmetric only: "none" and client-secret MACs are not offered
        // to a verifier that holds only the provider's published keys), with the key the token names
        List<JWSAlgorithm> announced = metadata.getIDTokenJWSAlgs();
        Set<JWSAlgorithm> algorithms = announced == null || announced.isEmpty() ? Set.of(JWSAlgorithm.RS256)
                : announced.stream().filter(algorithm -> !JWSAlgorithm.Family.HMAC_SHA.contains(algorithm)
                        && !Algorithm.NONE.equals(algorithm)).collect(Collectors.toSet());
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(metadata.getJWKSetURI().toURL(),
                new DefaultResourceRetriever(CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS)).build();
        IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(settings.clientId()),
                new JWSVerificationKeySelector<>(algorithms, keys), null);
        known = new Provider(metadata, validator);
        provider = known;
        return known;
    }

    private static String describe(ErrorObject error) {
        return error == null ? "no reason given" : error.getCode() + (error.getDescription() == null ? "" : ": " + error.getDescription());
    }
}
