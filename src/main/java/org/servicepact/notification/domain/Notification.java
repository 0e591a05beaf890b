package org.servicepact.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.servicepact.platform.i18n.Message;
import org.servicepact.organisation.domain.Employee;

import java.time.Instant;

/** Something one person is told in the portal, about a request or a letter; read or not yet. */
@Entity
@Table(name = "notification")
public class Notification {

    /** The kinds of a catch-up's summaries: {@code DOWN_BREACHED} counts the breaches found after downtime. */
    public static final String SUMMARY_PREFIX = "DOWN_";

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    private Employee recipient;

    @Column(name = "recipient_id", insertable = false, updatable = false)
    private Long recipientId;

    @Column(name = "request_id")
    private Long requestId;

    @Column(name = "letter_id")
    private Long letterId;

    @Column(name = "agreement_id")
    private Long agreementId;

    @Column(nullable = false, length = 20)
    private String kind;

    /** What the notification says, language-neutral ({@link Message} as JSON). */
    @Column(nullable = false, length = 4000)
    private String content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    /** Waiting for the recipient's next daily digest mail. */
    @Column(name = "digest_pending", nullable = false)
    private boolean digestPending;

    protected Notification() {
        // for JPA
    }

    /** About a request ({@code requestId}) or a letter ({@code letterId}): one of the two is given. */
    public Notification(Employee recipient, Long requestId, Long letterId, String kind, Message message, Instant createdAt) {
        this.recipient = recipient;
        this.requestId = requestId;
        this.letterId = letterId;
        this.kind = kind;
        this.content = message.toJson();
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    /** A summary's new count. */
    public void rewrite(Message message) {
        this.content = message.toJson();
    }

    public boolean isSummary() {
        return kind.startsWith(SUMMARY_PREFIX);
    }

    /** The kind a person chose a delivery for: a summary's is the kind it counts. */
    public String getChoiceKind() {
        return isSummary() ? kind.substring(SUMMARY_PREFIX.length()) : kind;
    }

    public void awaitDigest() {
        digestPending = true;
    }

    /** Written into a digest mail: never into another. */
    public void digested() {
        digestPending = false;
    }

    public boolean isDigestPending() {
        return digestPending;
    }

    public Employee getRecipient() {
        return recipient;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    /** About an agreement's negotiation. */
    public static Notification aboutAgreement(Employee recipient, long agreementId, String kind, Message message, Instant createdAt) {
        Notification notice = new Notification(recipient, null, null, kind, message, createdAt);
        notice.agreementId = agreementId;
        return notice;
    }

    public Long getLetterId() {
        return letterId;
    }

    /** The portal's page of what the notice is about (a letter, an agreement, a request); a summary's is the list of requests. */
    public String getPath() {
        if (letterId != null) {
            return "/feedback/letter.xhtml?id=" + letterId;
        }
        if (agreementId != null) {
            return "/agreements/agreement.xhtml?id=" + agreementId;
        }
        return requestId != null ? "/requests/request.xhtml?id=" + requestId : "/requests/index.xhtml";
    }

    public String getKind() {
        return kind;
    }

    /** What it says, to be rendered in the reader's language. */
    public Message getMessage() {
        return Message.fromJson(content);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
