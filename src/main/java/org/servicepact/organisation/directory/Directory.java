package org.servicepact.organisation.directory;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPConnectionPool;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import com.unboundid.util.ssl.HostNameSSLSocketVerifier;
import com.unboundid.util.ssl.JVMDefaultTrustManager;
import com.unboundid.util.ssl.SSLUtil;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.net.SocketFactory;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The organisation's directory over LDAP (UnboundID's SDK): a small pool of connections bound as the portal's service
 * account, searches paged so that a directory with a size limit (Active Directory's 1,000) still gives everyone, and
 * a person's password checked by binding as them (on a pooled connection, put back to the service account after).
 */
@ApplicationScoped
public class Directory {

    private static final int PAGE_SIZE = 500;
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int RESPONSE_TIMEOUT_MS = 30_000;

    @Inject
    DirectorySettings settings;

    private LDAPConnectionPool pool;

    /** The directory cannot be reached or refused the portal's service account or a search. */
    public static class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(LDAPException cause) {
            super(cause.getResultCode() + ": " + cause.getDiagnosticMessage(), cause);
        }
    }

    public boolean isConfigured() {
        return settings.isConfigured();
    }

    /** The entry of the person with this username under the user base; empty when there is none (or several). */
    public Optional<SearchResultEntry> person(String username, String... attributes) {
        Filter filter = Filter.createANDFilter(parsed(settings.userFilter()),
                Filter.createEqualityFilter(settings.usernameAttribute(), username));
        try {
            SearchResult result = pool().search(new SearchRequest(settings.userBase(), SearchScope.SUB, filter, attributes));
            return result.getEntryCount() == 1 ? Optional.of(result.getSearchEntries().get(0)) : Optional.empty();
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                return Optional.empty();
            }
            throw new Unavailable(e);
        }
    }

    /** Whether the directory accepts this password for the entry; never for an empty one (an LDAP "unauthenticated bind"). */
    public boolean acceptsPassword(String dn, String password) {
        if (password == null || password.isEmpty()) {
            return false;
        }
        try {
            return pool().bindAndRevertAuthentication(dn, password).getResultCode() == ResultCode.SUCCESS;
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.INVALID_CREDENTIALS) {
                return false;
            }
            throw new Unavailable(e);
        }
    }

    /** Every entry the filter finds under the base, page by page on one connection (paging belongs to a connection). */
    public List<SearchResultEntry> search(String base, String filter, String... attributes) {
        List<SearchResultEntry> entries = new ArrayList<>();
        LDAPConnectionPool connections = pool();
        LDAPConnection connection = null;
        try {
            connection = connections.getConnection();
            SearchRequest request = new SearchRequest(base, SearchScope.SUB, parsed(filter), attributes);
            ASN1OctetString cookie = null;
            do {
                request.setControls(new SimplePagedResultsControl(PAGE_SIZE, cookie));
                SearchResult page = connection.search(request);
                entries.addAll(page.getSearchEntries());
                SimplePagedResultsControl paging = SimplePagedResultsControl.get(page);
                cookie = paging == null ? null : paging.getCookie();
            } while (cookie != null && cookie.getValueLength() > 0);
            connections.releaseConnection(connection);
            return entries;
        } catch (LDAPException e) {
            if (connection != null) {
                connections.releaseDefunctConnection(connection);
            }
            throw new Unavailable(e);
        }
    }

    /** The normalised form of a DN, to compare a manager attribute with the entries read; the text itself when it is no DN. */
    public static String normalised(String dn) {
        try {
            return new DN(dn).toNormalizedString();
        } catch (LDAPException notADn) {
            return dn.strip().toLowerCase(Locale.ROOT);
        }
    }

    /** A group's name as people say it: the value of its DN's first part ({@code cn=HR,ou=groups,…} → {@code HR}). */
    public static String groupName(String group) {
        try {
            DN dn = new DN(group);
            return dn.isNullDN() ? group : dn.getRDN().getAttributeValues()[0];
        } catch (LDAPException notADn) {
            return group;
        }
    }

    private synchronized LDAPConnectionPool pool() {
        if (pool == null) {
            try {
                LDAPURL url = new LDAPURL(settings.url());
                LDAPConnectionOptions options = new LDAPConnectionOptions();
                options.setConnectTimeoutMillis(CONNECT_TIMEOUT_MS);
                options.setResponseTimeoutMillis(RESPONSE_TIMEOUT_MS);
                SocketFactory sockets = null;
                if ("ldaps".equalsIgnoreCase(url.getScheme())) {
                    sockets = new SSLUtil(JVMDefaultTrustManager.getInstance()).createSSLSocketFactory();
                    options.setSSLSocketVerifier(new HostNameSSLSocketVerifier(true));
                }
                LDAPConnection first = new LDAPConnection(sockets, options, url.getHost(), url.getPort(),
                        settings.bindDn(), settings.bindPassword());
                pool = new LDAPConnectionPool(first, 1, 4);
            } catch (LDAPException e) {
                throw new Unavailable(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("No TLS for the directory", e);
            }
        }
        return pool;
    }

    private static Filter parsed(String filter) {
        try {
            return Filter.create(filter);
        } catch (LDAPException e) {
            throw new Unavailable(e);
        }
    }

    @PreDestroy
    synchronized void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
