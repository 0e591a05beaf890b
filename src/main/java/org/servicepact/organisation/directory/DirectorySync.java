package org.servicepact.organisation.directory;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchResultEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.servicepact.organisation.application.GroupRoles;
import org.servicepact.organisation.domain.Role;
import org.servicepact.organisation.imports.ImportPlan;
import org.servicepact.organisation.imports.ImportProgress;
import org.servicepact.organisation.imports.ImportSource;
import org.servicepact.organisation.imports.ImportValidator;
import org.servicepact.organisation.imports.OrganisationImport;
import org.servicepact.platform.audit.AuditEvent;
import org.servicepact.platform.audit.AuditTrail;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The directory's departments, people and managers as the two files of the organisation import, so that a sync goes
 * through the same preview and the same checks as HR's CSV files (every wrong entry with its reason, nothing written
 * while one is wrong) and through the same writing (in batches, with progress). The directory is the whole list:
 * those it kept and lists no more are deactivated. What the directory does not hold — a department's calendar, its
 * head when the directory names none, roles when no groups are mapped — stays as the portal has it.
 */
@ApplicationScoped
public class DirectorySync {

    private static final Logger LOG = Logger.getLogger(DirectorySync.class.getName());

    @Inject
    Directory directory;

    @Inject
    DirectorySettings settings;

    @Inject
    GroupRoles groupRoles;

    @Inject
    OrganisationImport organisationImport;

    @Inject
    AuditTrail trail;

    @PersistenceContext
    EntityManager em;

    /** The directory read as the import's files: departments ({@code null} when it has none configured) and employees. */
    public record Files(byte[] departmentsCsv, byte[] employeesCsv) {
    }

    public boolean isConfigured() {
        return directory.isConfigured();
    }

    /** Reads the directory now; {@link Directory.Unavailable} when it cannot. */
    public Files read() {
        List<SearchResultEntry> people = directory.search(settings.userBase(), settings.userFilter(), personAttributes());
        Map<String, String> usernamesByDn = new HashMap<>();
        people.forEach(person -> usernamesByDn.put(Directory.normalised(person.getDN()), username(person)));
        byte[] departments = settings.departmentBase().map(base -> departmentsCsv(base, usernamesByDn)).orElse(null);
        return new Files(departments, employeesCsv(people, usernamesByDn));
    }

    /**
     * A sync nobody watches (the schedule): applied only when the preview finds nothing wrong; otherwise nothing is
     * written and the audit trail and the log say how many entries were wrong.
     */
    public void syncUnattended() {
        Files files = read();
        ImportPlan plan = organisationImport.preview(files.departmentsCsv(), files.employeesCsv(), ImportSource.DIRECTORY);
        if (plan.hasErrors()) {
            long wrong = plan.count(ImportPlan.Action.ERROR);
            LOG.log(Level.WARNING, "Directory sync refused: {0} wrong entries; see the preview on the import page", wrong);
            trail.recordAs(null, AuditEvent.Kind.DIRECTORY_SYNCED, "directory", "refused: " + wrong + " wrong entries, nothing written");
            return;
        }
        if (plan.writes() > 0) {
            organisationImport.apply(files.departmentsCsv(), files.employeesCsv(), ImportSource.DIRECTORY,
                    new ImportProgress(OrganisationImport.steps(plan)));
        }
    }

    private String[] personAttributes() {
        return new String[]{settings.usernameAttribute(), settings.nameAttribute(), settings.emailAttribute(),
                settings.titleAttribute(), settings.phoneAttribute(), settings.departmentAttribute(),
                settings.managerAttribute(), settings.groupsAttribute()};
    }

    private String username(SearchResultEntry person) {
        String username = person.getAttributeValue(settings.usernameAttribute());
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    private byte[] employeesCsv(List<SearchResultEntry> people, Map<String, String> usernamesByDn) {
        List<String> columns = new ArrayList<>(ImportValidator.EMPLOYEE_COLUMNS);
        columns.addAll(ImportValidator.EMPLOYEE_OPTIONAL_COLUMNS);
        List<List<String>> rows = new ArrayList<>();
        for (SearchResultEntry person : people) {
            rows.add(List.of(username(person), text(person, settings.nameAttribute()), text(person, settings.titleAttribute()),
                    text(person, settings.emailAttribute()), text(person, settings.phoneAttribute()),
                    text(person, settings.departmentAttribute()), usernameOf(person.getAttributeValue(settings.managerAttribute()), usernamesByDn),
                    roles(person)));
        }
        return csv(columns, rows);
    }

    /** The roles the person's groups give, as the import writes them; empty (roles kept) when no groups are mapped. */
    private String roles(SearchResultEntry person) {
        String[] groups = person.getAttributeValues(settings.groupsAttribute());
        List<String> names = new ArrayList<>();
        if (groups != null) {
            Arrays.stream(groups).forEach(group -> {
                names.add(group);
                names.add(Directory.groupName(group));
            });
        }
        Optional<Set<Role>> roles = groupRoles.grantedFor(names);
        return roles.map(granted -> granted.stream().map(Role::name).sorted().collect(Collectors.joining(";"))).orElse("");
    }

    private byte[] departmentsCsv(String base, Map<String, String> usernamesByDn) {
        List<SearchResultEntry> entries = directory.search(base, settings.departmentFilter(),
                settings.departmentCodeAttribute(), settings.departmentNameAttribute(), settings.departmentHeadAttribute());
        String baseDn = Directory.normalised(base);
        List<SearchResultEntry> departments = entries.stream()
                .filter(entry -> !Directory.normalised(entry.getDN()).equals(baseDn)).toList(); // the base holds them, is none
        Map<String, String> codesByDn = new HashMap<>();
        departments.forEach(entry -> codesByDn.put(Directory.normalised(entry.getDN()), text(entry, settings.departmentCodeAttribute())));
        Map<String, String[]> kept = headsAndCalendarsInThePortal();
        List<List<String>> rows = new ArrayList<>();
        for (SearchResultEntry entry : departments) {
            String code = text(entry, settings.departmentCodeAttribute());
            String[] portal = kept.getOrDefault(code.toUpperCase(Locale.ROOT), new String[2]);
            String headDn = entry.getAttributeValue(settings.departmentHeadAttribute());
            String name = text(entry, settings.departmentNameAttribute());
            rows.add(List.of(code, name.isEmpty() ? code : name, parentCode(entry, codesByDn),
                    headDn == null ? nullToEmpty(portal[0]) : usernameOf(headDn, usernamesByDn), nullToEmpty(portal[1])));
        }
        return csv(ImportValidator.DEPARTMENT_COLUMNS, rows);
    }

    /** The department the entry sits in, when that is a department too. */
    private static String parentCode(SearchResultEntry entry, Map<String, String> codesByDn) {
        try {
            DN parent = entry.getParentDN();
            return parent == null ? "" : codesByDn.getOrDefault(parent.toNormalizedString(), "");
        } catch (LDAPException notADn) {
            return "";
        }
    }

    /** By department code: its head's username and its calendar's name as the portal has them. */
    private Map<String, String[]> headsAndCalendarsInThePortal() {
        Map<String, String[]> kept = new HashMap<>();
        em.createQuery("SELECT d.code, h.username, c.name FROM Department d LEFT JOIN d.head h LEFT JOIN d.calendar c", Object[].class)
                .getResultStream().forEach(row -> kept.put((String) row[0], new String[]{(String) row[1], (String) row[2]}));
        return kept;
    }

    /** The username of the entry a DN names; the DN itself when it is not among the people read (the import then says so). */
    private static String usernameOf(String dn, Map<String, String> usernamesByDn) {
        return dn == null || dn.isBlank() ? "" : usernamesByDn.getOrDefault(Directory.normalised(dn), dn);
    }

    private static String text(SearchResultEntry entry, String attribute) {
        String value = entry.getAttributeValue(attribute);
        return value == null ? "" : value.strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static byte[] csv(List<String> columns, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
