package org.servicepact.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The organisation's OpenID provider, all by MicroProfile Config (environment variables such as
 * {@code SERVICEPACT_OIDC_ISSUER} included), nothing in the WAR: without an issuer the portal offers no single
 * sign-on. (MicroProfile Config reads an empty value as none, so settings that may be left out are optional, not
 * defaulted to "".) Which claims carry the username, e-mail address, name and groups can be named, as providers differ
 * (Entra ID sends {@code preferred_username} as an address, Keycloak groups only with a mapper).
 */
@ApplicationScoped
public class OpenIdSettings {

    @Inject
    @ConfigProperty(name = "servicepact.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "servicepact.oidc.client-id", defaultValue = "servicepact")
    String clientId;

    @Inject
    @ConfigProperty(name = "servicepact.oidc.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "servicepact.oidc.provider-name", defaultValue = "single sign-on")
    String providerName;

    @Inject
    @ConfigProperty(name = "servicepact.oidc.scope", defaultValue = "openid profile email")
    String scope;

    /** Where the provider sends people back; by default this portal's {@code /sign-in/oidc} as the request reached it. */
    @Inject
    @ConfigProperty(name = "servicepact.oidc.redirect-uri")
    Optional<String> redirectUri;

    @Inject
    @ConfigProperty(name = "servicepact.oidc.claims.username", defaultValue = "preferred_username")
    String usernameClaim;

    @Inject
    @ConfigProperty(name = "servicepact.oidc.claims.email", defaultValue = "email")
    String emailClaim;

    @Inject
    @ConfigProperty(name = "servicepact.oidc.claims.name", defaultValue = "name")
    String nameClaim;

    @Inject
    @ConfigProperty(name = "servicepact.oidc.claims.groups", defaultValue = "groups")
    String groupsClaim;

    public boolean isEnabled() {
        return issuer.filter(value -> !value.isBlank()).isPresent();
    }

    public String issuer() {
        return issuer.orElseThrow().strip();
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret.orElse("");
    }

    public String providerName() {
        return providerName;
    }

    public String scope() {
        return scope;
    }

    public Optional<String> redirectUri() {
        return redirectUri.filter(value -> !value.isBlank());
    }

    public String usernameClaim() {
        return usernameClaim;
    }

    public String emailClaim() {
        return emailClaim;
    }

    public String nameClaim() {
        return nameClaim;
    }

    public String groupsClaim() {
        return groupsClaim;
    }
}
