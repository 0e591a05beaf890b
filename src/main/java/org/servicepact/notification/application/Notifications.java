package org.servicepact.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.agreement.application.AgreementNotice;
import org.servicepact.feedback.application.LetterNotice;
import org.servicepact.notification.domain.Notification;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.i18n.Message;
import org.servicepact.request.application.RequestNotice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Notifications: written when a request or letter notice is fired, counted and listed for the bell, and handed to the
 * mail outbox in the same transaction (a mail at once or a place in the digest, as the recipient chose).
 */
@ApplicationScoped
public class Notifications {

    /** A detail someone typed (an escalation's reason) is shown abbreviated in the bell. */
    private static final int DETAIL_MAX = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailOutbox mail;

    /**
     * Runs in the transaction of the act that fired the notice: told only if the act is stored. What a catch-up found
     * goes into that catch-up's summary for the recipient instead.
     */
    void record(@Observes RequestNotice notice) {
        if (notice.summarisedAt() != null) {
            summarise(notice);
            return;
        }
        tell(notice.recipientId(), notice.requestId(), null, notice.kind().name(), "REQ-" + notice.requestId(), notice.requestTitle(),
                notice.detail() == null ? Message.literal("") : abbreviated(notice.detail()),
                notice.happenedAt() == null ? clock.instant() : notice.happenedAt());
    }

    /**
     * Counts the notice into the one summary of its kind its recipient gets from this catch-up ("3 due times passed
     * while the portal was down"), in the same transaction, so the count is right whatever stops the catch-up. The
     * summary goes by mail once the catch-up is done ({@link MailOutbox#caughtUp}).
     */
    private void summarise(RequestNotice notice) {
        String kind = Notification.SUMMARY_PREFIX + notice.kind().name();
        List<Notification> summaries = em.createQuery("SELECT n FROM Notification n WHERE n.recipient.id = :recipient AND n.kind = :kind "
                        + "AND n.createdAt = :at", Notification.class).setParameter("recipient", notice.recipientId())
                .setParameter("kind", kind).setParameter("at", notice.summarisedAt()).getResultList();
        if (summaries.isEmpty()) {
            Employee recipient = em.find(Employee.class, notice.recipientId());
            if (recipient != null) {
                em.persist(new Notification(recipient, null, null, kind, summaryOf(kind, 1), notice.summarisedAt()));
            }
        } else {
            Notification summary = summaries.get(0);
            summary.rewrite(summaryOf(kind, Integer.parseInt((String) summary.getMessage().arguments().get(0)) + 1));
        }
    }

    private static Message summaryOf(String kind, int count) {
        return Message.of("notification." + kind, String.valueOf(count));
    }

    /** Runs in the transaction of the letter's act, like {@link #record(RequestNotice)}. */
    void record(@Observes LetterNotice notice) {
        tell(notice.recipientId(), null, notice.letterId(), notice.kind().name(), "LET-" + notice.letterId(), notice.subject(),
                Message.literal(""), clock.instant());
    }

    /** Runs in the transaction of the agreement's act, like {@link #record(RequestNotice)}. */
    void record(@Observes AgreementNotice notice) {
        Employee recipient = em.find(Employee.class, notice.recipientId());
        if (recipient != null) {
            Message message = Message.of("notification." + notice.kind().name(), notice.title(), String.valueOf(notice.versionNumber()),
                    notice.detail());
            Notification notification = Notification.aboutAgreement(recipient, notice.agreementId(), notice.kind().name(), message,
                    clock.instant());
            mail.noticeWritten(notification, recipient, clock.instant());
            em.persist(notification);
        }
    }

    private void tell(long recipientId, Long requestId, Long letterId, String kind, String number, String title, Message detail,
                      Instant at) {
        Employee recipient = em.find(Employee.class, recipientId);
        if (recipient != null) {
            Message message = Message.of("notification." + kind, number, title, detail);
            Notification notice = new Notification(recipient, requestId, letterId, kind, message, at);
            mail.noticeWritten(notice, recipient, clock.instant());
            em.persist(notice);
        }
    }

    /** Text someone typed, cut short for the bell with an ellipsis; a message from the bundle as it is. */
    static Message abbreviated(Message detail) {
        if (detail.key() != null) {
            return detail;
        }
        String text = (String) detail.arguments().get(0);
        return text.length() <= DETAIL_MAX ? detail : Message.literal(text.substring(0, DETAIL_MAX - 1) + "…");
    }

    public long unread(String username) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient.username = :u AND n.readAt IS NULL",
                Long.class).setParameter("u", username).getSingleResult();
    }

    public List<Notification> recent(String username, int limit) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient.username = :u ORDER BY n.createdAt DESC, n.id DESC",
                Notification.class).setParameter("u", username).setMaxResults(limit).getResultList();
    }

    @Transactional
    public void markAllRead(String username) {
        em.createQuery("SELECT n FROM Notification n WHERE n.recipient.username = :u AND n.readAt IS NULL", Notification.class)
                .setParameter("u", username).getResultList().forEach(n -> n.markRead(clock.instant()));
    }
}
