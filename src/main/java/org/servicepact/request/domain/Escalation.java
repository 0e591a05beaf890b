package org.servicepact.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.servicepact.agreement.domain.Side;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.i18n.Message;
import org.servicepact.platform.rules.RequiredText;
import org.servicepact.platform.rules.RuleViolation;

import java.time.Instant;
import java.util.Objects;

/**
 * A named person asked to step in on a request: who (with their contact details and their own
 * supervisor), why, which side's failing it is about, and that person's acknowledgement.
 */
@Entity
@Table(name = "escalation")
public class Escalation {

    /** The longest acknowledgement the person it went to may write. */
    public static final int ACKNOWLEDGEMENT_MAX = 2000;

    /** Who it goes to: the supervisor first, the department head next. */
    public enum Level { SUPERVISOR, HEAD }

    /** Why it was raised: by a person, at a breach, or because the breach lasted past the agreed delay. */
    public enum Cause { BY_HAND, BREACH, DELAY }

    @Id
    @SequenceGenerator(name = "escalation_seq", sequenceName = "escalation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "escalation_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private PeerRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "breached_side", nullable = false, length = 10)
    private Side breachedSide;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Level level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Cause cause;

    /** What the person who raised it wrote; {@code null} when the watcher raised it. */
    @Column(length = 2000)
    private String reason;

    /** The watcher's reason, language-neutral ({@link Message} as JSON); {@code null} when a person wrote one. */
    @Column(name = "automatic_reason", length = 500)
    private String automaticReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "raised_by")
    private Employee raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "escalated_to")
    private Employee escalatedTo;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(length = ACKNOWLEDGEMENT_MAX)
    private String acknowledgement;

    @Version
    private long version;

    protected Escalation() {
        // for JPA
    }

    Escalation(PeerRequest request, Side breachedSide, Level level, Cause cause, Message reason, Employee raisedBy,
               Instant raisedAt, Employee escalatedTo) {
        this.request = request;
        this.breachedSide = breachedSide;
        this.level = level;
        this.cause = cause;
        if (Objects.requireNonNull(reason, "reason").key() == null) {
            this.reason = (String) reason.arguments().get(0);
        } else {
            this.automaticReason = reason.toJson();
        }
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.escalatedTo = Objects.requireNonNull(escalatedTo, "escalatedTo");
    }

    /** The person it went to says they have seen it, with a comment. */
    public void acknowledge(Employee by, String comment, Instant at) {
        if (!escalatedTo.equals(by)) {
            throw RuleViolation.ofForm("escalation.notYours");
        }
        if (acknowledgedAt != null) {
            throw RuleViolation.ofForm("escalation.alreadyAcknowledged");
        }
        acknowledgement = RequiredText.of(comment, ACKNOWLEDGEMENT_MAX, "acknowledgement");
        acknowledgedAt = at;
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    public Long getId() {
        return id;
    }

    public PeerRequest getRequest() {
        return request;
    }

    public Side getBreachedSide() {
        return breachedSide;
    }

    public Level getLevel() {
        return level;
    }

    public Cause getCause() {
        return cause;
    }

    /** Why it was raised, to be shown in the reader's language (a person's own words stay as they wrote them). */
    public Message getReason() {
        return reasonOf(reason, automaticReason);
    }

    /** The reason from its two columns: what a person wrote, or the watcher's message. */
    public static Message reasonOf(String written, String automatic) {
        return automatic != null ? Message.fromJson(automatic) : Message.literal(written);
    }

    public Employee getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Employee getEscalatedTo() {
        return escalatedTo;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgement() {
        return acknowledgement;
    }

    public long getVersion() {
        return version;
    }
}
