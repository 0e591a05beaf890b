package org.servicepact.demo;

import jakarta.enterprise.context.ApplicationScoped;
import org.servicepact.request.application.RequestFigures;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.agreement.domain.VersionStatus;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.request.domain.Escalation;
import org.servicepact.request.domain.PeerRequest;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A few hundred requests over the last four months, with varied outcomes — met, breached on either
 * side, reopened, flagged incomplete, escalated, declined, closed automatically, still open — written
 * through the same domain acts people use, from a fixed random seed so every demo looks the same.
 */
@ApplicationScoped
public class DemoRequests {

    static final int COUNT = 320;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Map<String, List<String>> TITLES = Map.of(
            "IT", List.of("Laptop will not start", "Access to the shared reporting folder", "New starter needs an account",
                    "Printer on floor 2 keeps jamming", "VPN drops every hour", "Install the statistics package",
                    "Password reset for a leaver's mailbox", "Second monitor for the month-end close"),
            "FAC", List.of("Radiator in room 3.12 is cold", "Move four desks to the new team area", "Broken chair in the open office",
                    "Set up the boardroom for the quarterly review", "Kitchen tap leaks", "Light flickers in corridor B"),
            "HR", List.of("Job posting for a junior analyst", "Question about overtime on my payslip", "Onboarding plan for two starters",
                    "Reference letter for a former employee", "Parental leave paperwork"),
            "FIN", List.of("Credit note for a returned order", "Credit check for a new distributor", "Invoice sent to the wrong address"));

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestFigures figures;

    /**
     * Writes the requests in the caller's transaction. Nothing read here changes while it runs, so queries do not flush
     * the requests written so far (flushing them all before each query made the demo's first start take minutes), and
     * each department's staff is read once.
     */
    public void seed(Instant now) {
        em.setFlushMode(FlushModeType.COMMIT);
        Map<Department, List<Employee>> staff = new HashMap<>();
        Random random = new Random(2026);
        List<AgreementVersion> versions = em.createQuery("SELECT v FROM AgreementVersion v JOIN v.agreement a"
                        + " WHERE v.status = :active AND TYPE(a.provider) = Department AND TYPE(a.consumer) = Department"
                        + " ORDER BY a.title", AgreementVersion.class)
                .setParameter("active", VersionStatus.ACTIVE).getResultList();
        for (int i = 0; i < COUNT; i++) {
            AgreementVersion version = versions.get(random.nextInt(versions.size()));
            Instant submitted = workingMoment(now.minus(Duration.ofDays(2 + random.nextInt(118))), random);
            PeerRequest request = write(version, submitted, now, random, department -> staff.computeIfAbsent(department, this::staffOf));
            if (request != null) {
                em.persist(request);
                figures.refresh(request);
            }
        }
        em.flush();
        em.setFlushMode(FlushModeType.AUTO);
    }

    private PeerRequest write(AgreementVersion version, Instant submitted, Instant now, Random random,
                              Function<Department, List<Employee>> staff) {
        Department provider = (Department) version.getAgreement().getProvider();
        Department consumer = (Department) version.getAgreement().getConsumer();
        Employee requester = pick(staff.apply(consumer), random);
        Employee worker = pick(staff.apply(provider), random);
        if (requester == null || worker == null) {
            return null;
        }
        List<String> titles = TITLES.getOrDefault(provider.getCode(), TITLES.get("IT"));
        Priority priority = Priority.values()[Math.min(3, random.nextInt(5))];
        PeerRequest request = new PeerRequest(version, version.getServices().get(random.nextInt(version.getServices().size())),
                requester, priority, titles.get(random.nextInt(titles.size())), "Details as discussed on the phone.",
                random.nextInt(6) == 0 ? submitted.atZone(ZONE).toLocalDate().plusDays(1 + random.nextInt(6)) : null, submitted);
        Timeline at = new Timeline(submitted, now);
        int outcome = random.nextInt(100);
        if (outcome < 6 && at.fits(60)) {
            return request;
        }
        if (outcome < 11) {
            request.flagIncomplete(worker, "Which cost centre should this be booked to?", at.after(30 + random.nextInt(90)));
            request.answer(requester, "Cost centre 4100.", at.after(60 + random.nextInt(1500)));
        } else {
            request.acknowledge(worker, at.after(10 + random.nextInt(outcome < 25 ? 900 : 120)));
        }
        if (outcome >= 11 && outcome < 30) {
            request.askRequester(worker, "Can you send a photo or a screenshot?", at.after(30 + random.nextInt(240)));
            if (!at.fits(60)) {
                return request;
            }
            request.answer(requester, "Attached.", at.after(outcome < 20 ? 20 + random.nextInt(90) : 600 + random.nextInt(2400)));
        }
        if (outcome >= 30 && outcome < 35) {
            request.decline(worker, "This is outside our agreement: please ask Procurement.", at.after(60 + random.nextInt(240)));
            return request;
        }
        if (outcome >= 35 && outcome < 45) {
            Escalation escalation = request.escalateByRequester(requester, "Still not solved and the deadline is close.",
                    at.after(600 + random.nextInt(1200)));
            escalation.acknowledge(escalation.getEscalatedTo(), "I have asked the team to give it priority.",
                    at.after(30 + random.nextInt(300)));
        }
        request.resolve(worker, "Done: please check that it works for you.",
                at.after(outcome >= 35 && outcome < 45 ? 600 + random.nextInt(3000) : 60 + random.nextInt(600)));
        if (outcome >= 45 && outcome < 55) {
            request.reopen(requester, "It worked for a day, now the same again.", at.after(60 + random.nextInt(900)), ZONE);
            request.resolve(worker, "Replaced the part for good.", at.after(120 + random.nextInt(900)));
        }
        if (!at.fits(60 * 24 * 8)) {
            return request;
        }
        if (outcome >= 55 && outcome < 62) {
            request.autoClose(at.after(60 * 24 * (version.getAutoCloseDays() + 1)));
        } else {
            request.confirm(requester, at.after(30 + random.nextInt(outcome < 75 ? 600 : 3000)));
        }
        return request;
    }

    private List<Employee> staffOf(Department department) {
        return em.createQuery("SELECT e FROM Employee e WHERE e.department = :d AND e.deactivatedAt IS NULL ORDER BY e.username",
                Employee.class).setParameter("d", department).getResultList();
    }

    private static Employee pick(List<Employee> employees, Random random) {
        return employees.isEmpty() ? null : employees.get(random.nextInt(employees.size()));
    }

    /** A weekday between 08:30 and 15:30 on the day of {@code around}. */
    private static Instant workingMoment(Instant around, Random random) {
        LocalDate day = around.atZone(ZONE).toLocalDate();
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day.atTime(LocalTime.of(8, 30).plusMinutes(random.nextInt(420))).atZone(ZONE).toInstant();
    }

    /** The moments of one request's events, one after the other, never past now. */
    private static final class Timeline {
        private Instant last;
        private final Instant now;

        Timeline(Instant start, Instant now) {
            this.last = start;
            this.now = now;
        }

        Instant after(int minutes) {
            Instant next = last.plus(Duration.ofMinutes(minutes));
            last = next.isAfter(now) ? last.plusSeconds(1) : next;
            return last;
        }

        boolean fits(int minutes) {
            return last.plus(Duration.ofMinutes(minutes)).isBefore(now);
        }
    }
}
