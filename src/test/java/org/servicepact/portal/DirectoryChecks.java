package org.servicepact.portal;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFReader;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.directory.DirectorySync;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.audit.AuditEntry;
import org.servicepact.platform.audit.AuditEvent;
import org.servicepact.platform.audit.AuditTrail;
import org.servicepact.platform.paging.PageRequest;

import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the container: the unattended directory sync (the schedule's) against a real LDAP server the check starts in the
 * portal's own JVM, on the port {@link InContainerIT}'s deployment configured: applied when nothing is wrong,
 * refused whole (and said so in the audit trail) when an entry is wrong.
 */
interface DirectoryChecks {

    String BASE = "dc=sync,dc=test";
    String SERVICE_ACCOUNT = "cn=portal," + BASE;
    String SERVICE_PASSWORD = "sync secret";
    String PEOPLE = ",ou=people," + BASE;

    // what the checks use; InContainerIT injects it
    DirectorySync directorySync();
    EntityManager em();
    UserTransaction transaction();
    Employees employees();
    AuditTrail auditTrail();

    /** The port the deployment's configuration names for the directory. */
    static int port() {
        return ConfigProvider.getConfig().getValue("servicepact.test.directoryPort", Integer.class);
    }

    /** The portal's settings for this check's directory. */
    static String settings(int port) {
        return String.join("\n", "servicepact.ldap.url=ldap://localhost:" + port,
                "servicepact.ldap.bind-dn=" + SERVICE_ACCOUNT, "servicepact.ldap.bind-password=" + SERVICE_PASSWORD,
                "servicepact.ldap.user-base=ou=people," + BASE, "servicepact.ldap.department-base=ou=departments," + BASE,
                "servicepact.test.directoryPort=" + port, "");
    }

    private static String person(String uid, String name, String manager) {
        return "dn: uid=" + uid + PEOPLE + "\nobjectClass: inetOrgPerson\nuid: " + uid + "\ncn: " + name + "\nsn: " + name
                + "\nmail: " + uid + "@sync.test\ndepartmentNumber: SYNC\n"
                + (manager == null ? "" : "manager: uid=" + manager + PEOPLE + "\n") + "\n";
    }

    @Test
    default void anUnattendedSyncWritesAWholeDirectoryOrNothingAndSaysWhy() throws Exception {
        String ldif = "dn: " + BASE + "\nobjectClass: domain\ndc: sync\n\n"
                + "dn: ou=departments," + BASE + "\nobjectClass: organizationalUnit\nou: departments\n\n"
                + "dn: ou=SYNC,ou=departments," + BASE + "\nobjectClass: organizationalUnit\nou: SYNC\ndescription: Synced\n\n"
                + "dn: ou=people," + BASE + "\nobjectClass: organizationalUnit\nou: people\n\n"
                + person("sam.sync", "Sam Sync", null) + person("sue.sync", "Sue Sync", "sam.sync")
                + person("syd.sync", "Syd Sync", "sue.sync");
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setSchema(null);
        config.addAdditionalBindCredentials(SERVICE_ACCOUNT, SERVICE_PASSWORD);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(), port(), null));
        // the browser tests may have synced another directory into this database: its people are not this one's
        transaction().begin();
        em().createNativeQuery("UPDATE employee SET directory_managed = FALSE WHERE username NOT LIKE '%.sync'").executeUpdate();
        transaction().commit();
        em().getEntityManagerFactory().getCache().evict(Employee.class);
        InMemoryDirectoryServer directory = new InMemoryDirectoryServer(config);
        directory.importFromLDIF(true, new LDIFReader(new ByteArrayInputStream(ldif.getBytes(StandardCharsets.UTF_8))));
        directory.startListening();
        try {
            directorySync().syncUnattended();
            Employee syd = employees().byUsername("syd.sync").orElseThrow();
            assertTrue(syd.isActive() && syd.isDirectoryManaged());
            assertEquals("sue.sync", syd.getSupervisor().getUsername());

            directory.modify("uid=sam.sync" + PEOPLE, new Modification(ModificationType.REPLACE, "manager", "uid=syd.sync" + PEOPLE));
            directory.delete("uid=sue.sync" + PEOPLE);
            directorySync().syncUnattended();
            assertTrue(employees().byUsername("sue.sync").orElseThrow().isActive(), "a wrong entry: nothing written");
            List<AuditEntry> trail = auditTrail().page(new PageRequest(0, 5, null, true, "refused"));
            assertTrue(trail.stream().anyMatch(entry -> entry.kind() == AuditEvent.Kind.DIRECTORY_SYNCED
                    && entry.detail().startsWith("refused: ")), "the refusal is in the audit trail: " + trail);

            directory.modify("uid=sam.sync" + PEOPLE, new Modification(ModificationType.DELETE, "manager"));
            directory.modify("uid=syd.sync" + PEOPLE, new Modification(ModificationType.REPLACE, "manager", "uid=sam.sync" + PEOPLE));
            directorySync().syncUnattended();
            assertFalse(employees().byUsername("sue.sync").orElseThrow().isActive(), "no longer listed: deactivated");
            assertEquals("sam.sync", employees().byUsername("syd.sync").orElseThrow().getSupervisor().getUsername());
            assertTrue(employees().byUsername("admin").orElseThrow().isActive(), "a portal-only account is never touched");
        } finally {
            directory.shutDown(true);
        }
    }
}
