package org.servicepact.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.calendar.application.Calendars;
import org.servicepact.calendar.domain.BusinessCalendar;
import org.servicepact.notification.domain.Delivery;
import org.servicepact.notification.domain.DigestTime;
import org.servicepact.notification.domain.MailChoice;
import org.servicepact.notification.domain.MailReply;
import org.servicepact.notification.domain.MailThread;
import org.servicepact.notification.domain.Notification;
import org.servicepact.notification.domain.OutgoingMail;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.i18n.Message;
import org.servicepact.platform.i18n.Languages;
import org.servicepact.request.application.WatcherCaughtUp;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The mail outbox: a notice's mail (or its place in the next digest) is written in the transaction of the notice, so
 * mail goes out only for what was stored and is never lost once it was; the sending job ({@link MailDispatch})
 * claims due mails here, sends them outside any transaction, and records each outcome.
 */
@ApplicationScoped
public class MailOutbox {

    private static final int BATCH = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    Calendars calendars;

    @Inject
    Clock clock;

    @Inject
    MailReplies replies;

    /** In the transaction of the notice: a mail at once, or a place in the next digest, as the recipient chose. */
    void noticeWritten(Notification notice, Employee recipient, Instant now) {
        if (!settings.isEnabled() || !recipient.isActive()) {
            return;
        }
        MailChoice choice = em.find(MailChoice.class, new MailChoice.Key(recipient.getId(), notice.getChoiceKind()));
        Delivery delivery = choice == null ? NoticeKinds.defaultDelivery(notice.getChoiceKind()) : choice.getDelivery();
        if (delivery == Delivery.AT_ONCE) {
            MailTexts texts = texts(recipient);
            MailReply.Purpose purpose = replyPurposeOf(notice);
            String replyTo = purpose == null ? null : replies.issue(notice.getRequestId(), recipient, purpose, now);
            em.persist(new OutgoingMail(recipient.getId(), recipient.getEmail(), texts.subject(notice),
                    texts.body(recipient.getFullName(), notice, purpose), now, replyTo, MailThread.of(notice)));
        } else if (delivery == Delivery.DIGEST) {
            notice.awaitDigest();
        }
    }

    /** What a reply to the notice's mail may do: answer a question, confirm a resolution; null when replies cannot act. */
    private MailReply.Purpose replyPurposeOf(Notification notice) {
        if (!settings.isReplyEnabled() || notice.getRequestId() == null) {
            return null;
        }
        return switch (notice.getKind()) {
            case "QUESTION" -> MailReply.Purpose.ANSWER;
            case "RESOLVED" -> MailReply.Purpose.CONFIRM;
            default -> null;
        };
    }

    /**
     * A mail back to the person whose reply could not be used, saying why (their own language, the request's link when
     * known). Only to people of the portal: a stranger's mail gets no answer (the portal sends no mail to addresses it
     * was merely given).
     */
    @Transactional
    public void refuseReply(Employee sender, String subject, Message reason, Long requestId) {
        MailTexts texts = texts(sender);
        em.persist(new OutgoingMail(sender.getId(), sender.getEmail(), texts.refusalSubject(subject),
                texts.refusalBody(sender.getFullName(), reason, requestId), clock.instant(), null, MailThread.ofRequest(requestId)));
    }

    /** The active person with this address, if there is exactly one. */
    public Optional<Employee> personWithAddress(String address) {
        List<Employee> found = em.createQuery("SELECT e FROM Employee e WHERE LOWER(e.email) = :address AND e.deactivatedAt IS NULL",
                Employee.class).setParameter("address", address.strip().toLowerCase(Locale.ROOT)).setMaxResults(2).getResultList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The watcher's catch-up is done: its summaries, now complete, go by mail as their recipients chose. */
    @Transactional
    public void caughtUp(@Observes WatcherCaughtUp done) {
        for (Notification summary : em.createQuery("SELECT n FROM Notification n JOIN FETCH n.recipient WHERE n.createdAt = :at "
                + "AND n.kind LIKE :summaries", Notification.class).setParameter("at", done.at())
                .setParameter("summaries", Notification.SUMMARY_PREFIX + "%").getResultList()) {
            noticeWritten(summary, summary.getRecipient(), clock.instant());
        }
    }

    /** Claims up to a batch of mails whose time has come ({@link OutboxClaims}); answers those claimed. */
    @Transactional
    public List<OutgoingMail> claimDue(Instant now) {
        List<OutgoingMail> due = em.createQuery("SELECT m FROM OutgoingMail m WHERE m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id",
                OutgoingMail.class).setParameter("now", now).setMaxResults(BATCH).getResultList();
        return OutboxClaims.claim(em, OutgoingMail.class, due, now);
    }

    @Transactional
    public void sent(long mailId, Instant at) {
        em.find(OutgoingMail.class, mailId).sent(at);
    }

    @Transactional
    public void failed(long mailId, Instant at, String error) {
        em.find(OutgoingMail.class, mailId).failed(at, error);
    }

    /**
     * Writes the digests whose time has come: a person's pending notices go in one mail once their digest time (in
     * their calendar's zone) has passed since the oldest of them. Answers how many digests were written.
     */
    @Transactional
    public int writeDueDigests(Instant now) {
        // the oldest pending notice of each recipient (not MIN() itself: an aggregate bypasses the Instant converter)
        List<Object[]> pending = em.createQuery("SELECT n.recipient.id, n.createdAt FROM Notification n WHERE n.digestPending = TRUE"
                + " AND n.createdAt = (SELECT MIN(m.createdAt) FROM Notification m WHERE m.recipient = n.recipient AND m.digestPending = TRUE)",
                Object[].class).getResultList();
        if (pending.isEmpty()) {
            return 0;
        }
        Map<Long, Instant> oldestByRecipient = pending.stream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Instant) row[1],
                (one, other) -> one));
        Map<Long, Employee> recipients = employees(new ArrayList<>(oldestByRecipient.keySet()));
        Map<Long, LocalTime> digestTimes = digestTimes(new ArrayList<>(oldestByRecipient.keySet()));
        List<Long> due = new ArrayList<>();
        for (Map.Entry<Long, Instant> entry : oldestByRecipient.entrySet()) {
            Employee recipient = recipients.get(entry.getKey());
            LocalTime at = digestTimes.getOrDefault(entry.getKey(), DigestTime.DEFAULT);
            if (entry.getValue().isBefore(lastOccurrence(at, zoneOf(recipient), now))) {
                due.add(entry.getKey());
            }
        }
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, List<Notification>> noticesByRecipient = new LinkedHashMap<>();
        for (Notification notice : em.createQuery("SELECT n FROM Notification n WHERE n.digestPending = TRUE "
                + "AND n.recipient.id IN :due ORDER BY n.createdAt, n.id", Notification.class).setParameter("due", due).getResultList()) {
            notice.digested();
            noticesByRecipient.computeIfAbsent(notice.getRecipientId(), any -> new ArrayList<>()).add(notice);
        }
        int written = 0;
        for (Map.Entry<Long, List<Notification>> entry : noticesByRecipient.entrySet()) {
            Employee recipient = recipients.get(entry.getKey());
            if (settings.isEnabled() && recipient.isActive()) {
                MailTexts texts = texts(recipient);
                em.persist(new OutgoingMail(recipient.getId(), recipient.getEmail(), texts.digestSubject(entry.getValue().size()),
                        texts.digestBody(recipient.getFullName(), entry.getValue(), zoneOf(recipient)), now));
                written++;
            }
        }
        return written;
    }

    /** The last time the clock showed {@code time} in {@code zone}, at or before {@code now}. */
    static Instant lastOccurrence(LocalTime time, ZoneId zone, Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime today = local.toLocalDate().atTime(time).atZone(zone);
        return (today.isAfter(local) ? local.toLocalDate().minusDays(1).atTime(time).atZone(zone) : today).toInstant();
    }

    /** A person's time zone: their department's calendar's, else the organisation's default calendar's. */
    private ZoneId zoneOf(Employee person) {
        Optional<BusinessCalendar> own = Optional.ofNullable(person.getDepartment()).map(department -> department.getCalendar());
        return own.or(() -> calendars.organisationDefault()).map(BusinessCalendar::zone).orElse(ZoneId.of("UTC"));
    }

    private Map<Long, Employee> employees(List<Long> ids) {
        return em.createQuery("SELECT e FROM Employee e LEFT JOIN FETCH e.department d LEFT JOIN FETCH d.calendar "
                + "WHERE e.id IN :ids", Employee.class).setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(Employee::getId, Function.identity()));
    }

    private Map<Long, LocalTime> digestTimes(List<Long> ids) {
        return em.createQuery("SELECT t FROM DigestTime t WHERE t.employeeId IN :ids", DigestTime.class).setParameter("ids", ids)
                .getResultList().stream().collect(Collectors.toMap(DigestTime::getEmployeeId, DigestTime::getLocalTime));
    }

    private MailTexts texts(Employee recipient) {
        return new MailTexts(languageOf(recipient), settings.portalUrl());
    }

    /** The language the recipient chose on their profile; English when they left it to their browser (a mail has none). */
    private static Locale languageOf(Employee recipient) {
        return Languages.resolve(recipient.getLanguage(), List.of());
    }
}
