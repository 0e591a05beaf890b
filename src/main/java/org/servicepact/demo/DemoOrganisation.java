package org.servicepact.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.calendar.domain.BusinessCalendar;
import org.servicepact.calendar.domain.Holiday;
import org.servicepact.calendar.domain.WorkingPeriod;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.domain.ExternalParty;
import org.servicepact.organisation.imports.ImportProgress;
import org.servicepact.organisation.imports.OrganisationImport;
import org.servicepact.platform.leadership.LeaderLocks;
import org.servicepact.security.Passwords;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The demo organisation: three calendars, nine departments with heads, sixty employees with their
 * supervisors, three external parties, the agreements between them ({@link DemoAgreements}) and a few
 * hundred requests under those agreements ({@link DemoRequests}) with ratings and letters ({@link DemoFeedback}). Departments and employees come from the CSV files in
 * {@code demo/} through the same import an administrator uses. Everyone's password is
 * {@value #DEMO_PASSWORD}.
 */
@ApplicationScoped
public class DemoOrganisation {

    public static final String DEMO_PASSWORD = "servicepact";

    static final String HEAD_OFFICE = "Head office";
    static final String EXTENDED_HOURS = "Service desk extended hours";
    static final String US_OFFICE = "US sales office";

    private static final Logger LOG = Logger.getLogger(DemoOrganisation.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationImport organisationImport;

    @Inject
    Passwords passwords;

    @Inject
    DemoAgreements agreements;

    @Inject
    DemoRequests requests;

    @Inject
    DemoFeedback feedback;

    @Inject
    Clock clock;

    @Inject
    LeaderLocks locks;

    public boolean isEmpty() {
        return em.createQuery("SELECT COUNT(d) FROM Department d", Long.class).getSingleResult() == 0;
    }

    /**
     * Seeds the organisation if the database has none; answers whether it did. Nodes starting together on an empty
     * database take turns: the second sees the first one's organisation once that one has committed.
     */
    @Transactional
    public boolean seedIfEmpty() {
        locks.holdForTransaction(em, "demo-data");
        if (!isEmpty()) {
            return false;
        }
        LOG.info("Seeding the demo organisation: calendars, departments, people, agreements, requests and feedback");
        seed();
        return true;
    }

    private void seed() {
        calendars().forEach(em::persist);
        externalParties().forEach(em::persist);
        em.flush();
        byte[] departments = resource("demo/departments.csv");
        byte[] employees = resource("demo/employees.csv");
        var plan = organisationImport.preview(departments, employees);
        organisationImport.apply(departments, employees, new ImportProgress(OrganisationImport.steps(plan)));
        String hash = passwords.hashOf(DEMO_PASSWORD);
        em.createQuery("SELECT e.id FROM Employee e", Long.class).getResultList()
                .forEach(id -> passwords.setHash(id, hash));
        em.flush();
        agreements.seed(em.createNamedQuery(Employee.BY_USERNAME, Employee.class).setParameter("username", Employee.usernameKey("admin"))
                .getSingleResult());
        em.flush();
        requests.seed(clock.instant());
        em.flush();
        feedback.seed(clock.instant());
    }

    private static List<BusinessCalendar> calendars() {
        List<WorkingPeriod> office = new ArrayList<>();
        List<WorkingPeriod> extended = new ArrayList<>();
        List<WorkingPeriod> usOffice = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            office.add(new WorkingPeriod(day, LocalTime.of(8, 0), LocalTime.of(12, 0)));
            office.add(new WorkingPeriod(day, LocalTime.of(13, 0), LocalTime.of(17, 0)));
            extended.add(new WorkingPeriod(day, LocalTime.of(7, 0), LocalTime.of(19, 0)));
            usOffice.add(new WorkingPeriod(day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        }
        extended.add(new WorkingPeriod(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)));
        BusinessCalendar headOffice = new BusinessCalendar(HEAD_OFFICE, ZoneId.of("Europe/Berlin"), office, germanHolidays());
        headOffice.makeOrganisationDefault();
        return List.of(headOffice,
                new BusinessCalendar(EXTENDED_HOURS, ZoneId.of("Europe/Berlin"), extended, germanHolidays()),
                new BusinessCalendar(US_OFFICE, ZoneId.of("America/New_York"), usOffice, usHolidays()));
    }

    private static List<Holiday> germanHolidays() {
        return List.of(
                new Holiday(LocalDate.of(2026, 1, 1), "New Year's Day"),
                new Holiday(LocalDate.of(2026, 4, 3), "Good Friday"),
                new Holiday(LocalDate.of(2026, 4, 6), "Easter Monday"),
                new Holiday(LocalDate.of(2026, 5, 1), "Labour Day"),
                new Holiday(LocalDate.of(2026, 5, 14), "Ascension Day"),
                new Holiday(LocalDate.of(2026, 5, 25), "Whit Monday"),
                new Holiday(LocalDate.of(2026, 10, 3), "Day of German Unity"),
                new Holiday(LocalDate.of(2026, 12, 24), "Christmas Eve"),
                new Holiday(LocalDate.of(2026, 12, 25), "Christmas Day"),
                new Holiday(LocalDate.of(2026, 12, 26), "Boxing Day"),
                new Holiday(LocalDate.of(2026, 12, 31), "New Year's Eve"),
                new Holiday(LocalDate.of(2027, 1, 1), "New Year's Day"),
                new Holiday(LocalDate.of(2027, 3, 26), "Good Friday"),
                new Holiday(LocalDate.of(2027, 3, 29), "Easter Monday"),
                new Holiday(LocalDate.of(2027, 5, 1), "Labour Day"),
                new Holiday(LocalDate.of(2027, 5, 6), "Ascension Day"),
                new Holiday(LocalDate.of(2027, 5, 17), "Whit Monday"),
                new Holiday(LocalDate.of(2027, 10, 3), "Day of German Unity"),
                new Holiday(LocalDate.of(2027, 12, 24), "Christmas Eve"),
                new Holiday(LocalDate.of(2027, 12, 25), "Christmas Day"),
                new Holiday(LocalDate.of(2027, 12, 26), "Boxing Day"),
                new Holiday(LocalDate.of(2027, 12, 31), "New Year's Eve"));
    }

    private static List<Holiday> usHolidays() {
        return List.of(
                new Holiday(LocalDate.of(2026, 1, 1), "New Year's Day"),
                new Holiday(LocalDate.of(2026, 1, 19), "Martin Luther King Jr. Day"),
                new Holiday(LocalDate.of(2026, 5, 25), "Memorial Day"),
                new Holiday(LocalDate.of(2026, 7, 3), "Independence Day (observed)"),
                new Holiday(LocalDate.of(2026, 9, 7), "Labor Day"),
                new Holiday(LocalDate.of(2026, 11, 26), "Thanksgiving Day"),
                new Holiday(LocalDate.of(2026, 12, 25), "Christmas Day"),
                new Holiday(LocalDate.of(2027, 1, 1), "New Year's Day"),
                new Holiday(LocalDate.of(2027, 1, 18), "Martin Luther King Jr. Day"),
                new Holiday(LocalDate.of(2027, 5, 31), "Memorial Day"),
                new Holiday(LocalDate.of(2027, 7, 5), "Independence Day (observed)"),
                new Holiday(LocalDate.of(2027, 9, 6), "Labor Day"),
                new Holiday(LocalDate.of(2027, 11, 25), "Thanksgiving Day"),
                new Holiday(LocalDate.of(2027, 12, 24), "Christmas Day (observed)"));
    }

    private static List<ExternalParty> externalParties() {
        return List.of(
                new ExternalParty("Northwind Logistics", ExternalParty.Kind.CUSTOMER,
                        new ExternalParty.ContactDetails("Hugo Martens", "hugo.martens@northwind.example", "+31 20 555 0142")),
                new ExternalParty("Apex Cloud Hosting", ExternalParty.Kind.VENDOR,
                        new ExternalParty.ContactDetails("Maya Rios", "maya.rios@apexcloud.example", "+44 20 5550 0199")),
                new ExternalParty("Brightline Cleaning Services", ExternalParty.Kind.VENDOR,
                        new ExternalParty.ContactDetails("Jan de Vries", "jan.devries@brightline.example", "+49 30 5550 7700")));
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoOrganisation.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing demo resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
