package org.servicepact.portal;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

import java.util.Set;

/**
 * The organisation's identity servers for the browser tests, started in the test run: a real OpenID provider
 * (NAV's mock-oauth2-server, with its interactive login page), and the portal's configuration pointing at it, as an
 * administrator would give it.
 */
final class IdentityServers {

    static final String PROVIDER_NAME = "Test Identity";
    static final String CLIENT_ID = "servicepact-test";
    static final String HR_GROUP = "servicepact-hr";
    static final String ADMIN_GROUP = "servicepact-admins";
    private static final String ISSUER_ID = "servicepact";

    private static MockOAuth2Server openIdProvider;

    private IdentityServers() {
    }

    static synchronized MockOAuth2Server openIdProvider() {
        if (openIdProvider == null) {
            MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true, null, null, false,
                    new OAuth2TokenProvider(), Set.of(), new MockWebServerWrapper()));
            server.start(0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
            openIdProvider = server;
        }
        return openIdProvider;
    }

    /** The portal's settings for these servers, in a library the deployment carries. */
    static JavaArchive configuration() {
        String settings = String.join("\n",
                "config_ordinal=500",
                "servicepact.oidc.issuer=" + openIdProvider().issuerUrl(ISSUER_ID),
                "servicepact.oidc.client-id=" + CLIENT_ID,
                "servicepact.oidc.client-secret=test-secret",
                "servicepact.oidc.provider-name=" + PROVIDER_NAME,
                "servicepact.roles.hr-groups=" + HR_GROUP,
                "servicepact.roles.admin-groups=" + ADMIN_GROUP,
                "");
        return ShrinkWrap.create(JavaArchive.class, "identity-servers.jar")
                .addAsManifestResource(new StringAsset(settings), "microprofile-config.properties");
    }
}
