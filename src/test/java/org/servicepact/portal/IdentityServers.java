package org.servicepact.portal;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.MockWebServerWrapper;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFReader;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.util.Set;

/**
 * The organisation's identity servers for the browser tests, started in the test run: a real OpenID provider
 * (NAV's mock-oauth2-server, with its interactive login page), a real LDAP directory (UnboundID's in-memory server),
 * and the portal's configuration pointing at them, as an administrator would give it.
 */
final class IdentityServers {

    static final String PROVIDER_NAME = "Test Identity";
    static final String CLIENT_ID = "servicepact-test";
    static final String HR_GROUP = "servicepact-hr";
    static final String ADMIN_GROUP = "servicepact-admins";
    private static final String ISSUER_ID = "servicepact";

    static final String DIRECTORY_BASE = "dc=servicepact,dc=test";
    private static final String DIRECTORY_SERVICE_ACCOUNT = "cn=portal," + DIRECTORY_BASE;
    private static final String DIRECTORY_SERVICE_PASSWORD = "portal's directory secret";

    private static MockOAuth2Server openIdProvider;
    private static InMemoryDirectoryServer directory;

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

    /**
     * The directory, loaded from {@code directory.ldif} (one department, its head, two people, an HR group), without
     * schema checks so that entries may carry {@code memberOf} as Active Directory's and OpenLDAP's overlay give it.
     */
    static synchronized InMemoryDirectoryServer directory() {
        if (directory == null) {
            try {
                InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(DIRECTORY_BASE);
                config.setSchema(null);
                config.addAdditionalBindCredentials(DIRECTORY_SERVICE_ACCOUNT, DIRECTORY_SERVICE_PASSWORD);
                config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), 0, null));
                InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
                try (InputStream ldif = IdentityServers.class.getResourceAsStream("directory.ldif")) {
                    server.importFromLDIF(true, new LDIFReader(ldif));
                }
                server.startListening();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.shutDown(true)));
                directory = server;
            } catch (LDAPException | IOException e) {
                throw new IllegalStateException("The test directory did not start", e);
            }
        }
        return directory;
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
                "servicepact.ldap.url=ldap://localhost:" + directory().getListenPort(),
                "servicepact.ldap.bind-dn=" + DIRECTORY_SERVICE_ACCOUNT,
                "servicepact.ldap.bind-password=" + DIRECTORY_SERVICE_PASSWORD,
                "servicepact.ldap.user-base=ou=people," + DIRECTORY_BASE,
                "servicepact.ldap.department-base=ou=departments," + DIRECTORY_BASE,
                "");
        return ShrinkWrap.create(JavaArchive.class, "identity-servers.jar")
                .addAsManifestResource(new StringAsset(settings), "microprofile-config.properties");
    }
}
