package org.servicepact.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * A mail in the outbox: written in the transaction of what it tells about, sent by a job once that has committed,
 * claimed and retried as every {@link OutboxItem}; after {@link #MAX_ATTEMPTS} the outbox gives up and keeps the
 * last error.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail extends OutboxItem {

    public static final int MAX_ATTEMPTS = Backoff.MAX_ATTEMPTS;
    private static final int ERROR_MAX = 500;

    @Id
    @SequenceGenerator(name = "outgoing_mail_seq", sequenceName = "outgoing_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_mail_seq")
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Column(nullable = false, length = 254)
    private String address;

    @Column(nullable = false, length = 400)
    private String subject;

    @Column(nullable = false, length = 100_000)
    private String body;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    /** Where a reply goes, when a reply can act (answer a question, confirm a resolution); else the sender. */
    @Column(name = "reply_to", length = 254)
    private String replyTo;

    /** The request the mail is about, if any: mail readers show the mails about one request as one conversation. */
    @Column(name = "request_id")
    private Long requestId;

    /** The letter the mail is about, if any, for the same. */
    @Column(name = "letter_id")
    private Long letterId;

    /** The agreement the mail is about, if any, for the same. */
    @Column(name = "agreement_id")
    private Long agreementId;

    protected OutgoingMail() {
        // for JPA
    }

    public OutgoingMail(long recipientId, String address, String subject, String body, Instant createdAt) {
        super(createdAt);
        this.recipientId = recipientId;
        this.address = address;
        this.subject = subject;
        this.body = body;
    }

    /**
     * The same about a request, a letter or an agreement ({@code thread}); a reply to it acts on the request when it has
     * a reply address ({@link MailReply}).
     */
    public OutgoingMail(long recipientId, String address, String subject, String body, Instant createdAt, String replyTo,
                        MailThread thread) {
        this(recipientId, address, subject, body, createdAt);
        this.replyTo = replyTo;
        this.requestId = thread.requestId();
        this.letterId = thread.letterId();
        this.agreementId = thread.agreementId();
    }

    /** What the mail is about, which its headers refer to ({@link MailThread#name}). */
    public MailThread thread() {
        return new MailThread(requestId, letterId, agreementId);
    }

    /** How long to wait after the {@code attempts}-th failed attempt ({@link Backoff}). */
    public static Duration delayAfter(int attempts) {
        return Backoff.delayAfter(attempts);
    }

    public void sent(Instant at) {
        sentAt = at;
        lastError = null;
        done();
    }

    /** The attempt (already counted by its claim) failed: try again later, or give up after the last. */
    public void failed(Instant at, String error) {
        lastError = error == null ? "" : error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX - 1) + "…";
        retryOrGiveUp(at, true);
    }

    public Long getId() {
        return id;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public String getAddress() {
        return address;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getReplyTo() {
        return replyTo;
    }
}
