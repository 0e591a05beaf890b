package org.servicepact.organisation.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Where the directory is and how it names things, all by MicroProfile Config (environment variables such as
 * {@code SERVICEPACT_LDAP_URL} included); without a URL the portal has no directory. The defaults suit OpenLDAP's
 * {@code inetOrgPerson}; the README gives Active Directory's names. (MicroProfile Config reads an empty value as none,
 * so settings that may be left out are optional, not defaulted to "".)
 */
@ApplicationScoped
public class DirectorySettings {

    @Inject
    @ConfigProperty(name = "servicepact.ldap.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "servicepact.ldap.bind-dn")
    Optional<String> bindDn;

    @Inject
    @ConfigProperty(name = "servicepact.ldap.bind-password")
    Optional<String> bindPassword;

    @Inject
    @ConfigProperty(name = "servicepact.ldap.user-base")
    Optional<String> userBase;

    @Inject
    @ConfigProperty(name = "servicepact.ldap.user-filter", defaultValue = "(objectClass=inetOrgPerson)")
    String userFilter;

    @Inject
    @ConfigProperty(name = "servicepact.ldap.attributes.username", defaultValue = "uid")
    String usernameAttribute;

    @Inject
    @ConfigProperty(name = "servicepact.ldap.attributes.name", defaultValue = "cn")
    String nameAttribute;

    @Inject
    @ConfigProperty(name = "servicepact.ldap.attributes.email", defaultValue = "mail")
    String emailAttribute;

    @Inject
    @ConfigProperty(name = "servicepact.ldap.attributes.title", defaultValue = "title")
    String titleAttribute;

    @Inject
    @ConfigProperty(name = "servicepact.ldap.attributes.phone", defaultValue = "telephoneNumber")
    String phoneAttribute;

    @Inject
    @ConfigProperty(name = "servicepact.ldap.attributes.department", defaultValue = "departmentNumber")
    String departmentAttribute;

    @Inject
    @ConfigProperty(name = "servicepact.ldap.attributes.manager", defaultValue = "manager")
    String managerAttribute;

    @Inject
    @ConfigProperty(name = "servicepact.ldap.attributes.groups", defaultValue = "memberOf")
    String groupsAttribute;

    /** Where the departments are, if the directory has them; without it a sync brings people only. */
    @Inject
    @ConfigProperty(name = "servicepact.ldap.department-base")
    Optional<String> departmentBase;

    @Inject
    @ConfigProperty(name = "servicepact.ldap.department-filter", defaultValue = "(objectClass=organizationalUnit)")
    String departmentFilter;

    @Inject
    @ConfigProperty(name = "servicepact.ldap.attributes.department-code", defaultValue = "ou")
    String departmentCodeAttribute;

    @Inject
    @ConfigProperty(name = "servicepact.ldap.attributes.department-name", defaultValue = "description")
    String departmentNameAttribute;

    @Inject
    @ConfigProperty(name = "servicepact.ldap.attributes.department-head", defaultValue = "manager")
    String departmentHeadAttribute;

    /** Minutes between scheduled syncs; 0 syncs only when an administrator asks. */
    @Inject
    @ConfigProperty(name = "servicepact.ldap.sync-every-minutes", defaultValue = "0")
    int syncEveryMinutes;

    public boolean isConfigured() {
        return url.filter(value -> !value.isBlank()).isPresent();
    }

    public String url() {
        return url.orElseThrow().strip();
    }

    public String bindDn() {
        return bindDn.orElse("");
    }

    public String bindPassword() {
        return bindPassword.orElse("");
    }

    public String userBase() {
        return userBase.orElse("");
    }

    public String userFilter() {
        return userFilter;
    }

    public String usernameAttribute() {
        return usernameAttribute;
    }

    public String nameAttribute() {
        return nameAttribute;
    }

    public String emailAttribute() {
        return emailAttribute;
    }

    public String titleAttribute() {
        return titleAttribute;
    }

    public String phoneAttribute() {
        return phoneAttribute;
    }

    public String departmentAttribute() {
        return departmentAttribute;
    }

    public String managerAttribute() {
        return managerAttribute;
    }

    public String groupsAttribute() {
        return groupsAttribute;
    }

    public Optional<String> departmentBase() {
        return departmentBase.filter(base -> !base.isBlank());
    }

    public String departmentFilter() {
        return departmentFilter;
    }

    public String departmentCodeAttribute() {
        return departmentCodeAttribute;
    }

    public String departmentNameAttribute() {
        return departmentNameAttribute;
    }

    public String departmentHeadAttribute() {
        return departmentHeadAttribute;
    }

    public int syncEveryMinutes() {
        return syncEveryMinutes;
    }
}
