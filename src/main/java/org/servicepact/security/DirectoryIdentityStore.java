package org.servicepact.security;

import com.unboundid.ldap.sdk.SearchResultEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.servicepact.organisation.directory.Directory;
import org.servicepact.organisation.directory.DirectorySettings;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sign-in with the directory's password, when a directory is configured: the person is looked up by username under
 * the user base and the directory checks the password (a bind as them). They get in as the active employee with that
 * username — people come into the portal through the directory sync, not at sign-in — with the portal's roles
 * ({@link CallerGroups}). A local password still works beside it (Jakarta Security asks every store); a directory that
 * cannot be reached leaves the local passwords working.
 */
@ApplicationScoped
public class DirectoryIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(DirectoryIdentityStore.class.getName());

    @Inject
    Directory directory;

    @Inject
    DirectorySettings settings;

    @Inject
    CallerGroups callerGroups;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login) || !directory.isConfigured()
                || login.getCaller().indexOf('\0') >= 0) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            Optional<SearchResultEntry> person = directory.person(login.getCaller(), settings.usernameAttribute());
            if (person.isEmpty() || !directory.acceptsPassword(person.get().getDN(), login.getPasswordAsString())) {
                return CredentialValidationResult.INVALID_RESULT;
            }
            String username = person.get().getAttributeValue(settings.usernameAttribute()).toLowerCase(Locale.ROOT);
            Optional<Set<String>> groups = callerGroups.of(username);
            return groups.map(roles -> new CredentialValidationResult(username, roles))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        } catch (Directory.Unavailable e) {
            LOG.log(Level.WARNING, "Sign-in against the directory failed: {0}", e.getMessage());
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
    }
}
