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
 * A mail in the outbox: written in the transaction of what it tells about, sent by a job once that has committed.
 * A send is claimed first (the attempt counted, the mail held back for {@link #CLAIM}), so a crash in the middle
 * of one leaves it to be tried again after the claim runs out; a failed attempt is retried after a delay that
 * doubles each time ({@link #delayAfter}), and after {@link #MAX_ATTEMPTS} the outbox gives up and says why.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

    public static final int MAX_ATTEMPTS = 12;
    public static final Duration CLAIM = Duration.ofMinutes(5);
    static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    static final Duration LONGEST_DELAY = Duration.ofHours(1);
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

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "given_up_at")
    private Instant givenUpAt;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    protected OutgoingMail() {
        // for JPA
    }

    public OutgoingMail(long recipientId, String address, String subject, String body, Instant createdAt) {
        this.recipientId = recipientId;
        this.address = address;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    /** How long to wait after the {@code attempts}-th failed attempt: 1 minute, doubling, at most an hour. */
    public static Duration delayAfter(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    public void sent(Instant at) {
        sentAt = at;
        nextAttemptAt = null;
        lastError = null;
    }

    /** The attempt (already counted by its claim) failed: try again later, or give up after the last. */
    public void failed(Instant at, String error) {
        lastError = error == null ? "" : error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX - 1) + "…";
        if (attempts >= MAX_ATTEMPTS) {
            givenUpAt = at;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = at.plus(delayAfter(attempts));
        }
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

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getGivenUpAt() {
        return givenUpAt;
    }

    public String getLastError() {
        return lastError;
    }
}
