package org.servicepact.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.feedback.application.LetterNotice;
import org.servicepact.notification.domain.Notification;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.i18n.Message;
import org.servicepact.request.application.RequestNotice;

import java.time.Clock;
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

    /** Runs in the transaction of the act that fired the notice: told only if the act is stored. */
    void record(@Observes RequestNotice notice) {
        tell(notice.recipientId(), notice.requestId(), null, notice.kind().name(), "REQ-" + notice.requestId(), notice.requestTitle(),
                notice.detail() == null ? Message.literal("") : abbreviated(notice.detail()));
    }

    /** Runs in the transaction of the letter's act, like {@link #record(RequestNotice)}. */
    void record(@Observes LetterNotice notice) {
        tell(notice.recipientId(), null, notice.letterId(), notice.kind().name(), "LET-" + notice.letterId(), notice.subject(), Message.literal(""));
    }

    private void tell(long recipientId, Long requestId, Long letterId, String kind, String number, String title, Message detail) {
        Employee recipient = em.find(Employee.class, recipientId);
        if (recipient != null) {
            Message message = Message.of("notification." + kind, number, title, detail);
            Notification notice = new Notification(recipient, requestId, letterId, kind, message, clock.instant());
            mail.noticeWritten(notice, recipient, notice.getCreatedAt());
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
