package org.servicepact.agreement.domain;

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
import org.servicepact.organisation.domain.Employee;

import java.time.Instant;

/** One line of an agreement's history: who did what to which version, when, and why. Never changed. */
@Entity
@Table(name = "agreement_event")
public class AgreementEvent {

    /** What happened. */
    public enum Action {
        DRAFTED, EDITED, PROPOSED, ACCEPTED, EXTERNAL_ACCEPTANCE_RECORDED, SENT_BACK, ACTIVATED, SUPERSEDED,
        EXPIRED, RENEGOTIATION_STARTED, TERMINATED, WITHDRAWN
    }

    @Id
    @SequenceGenerator(name = "agreement_event_seq", sequenceName = "agreement_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Action action;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Employee actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 2000)
    private String comment;

    protected AgreementEvent() {
        // for JPA
    }

    AgreementEvent(AgreementVersion version, Action action, Employee actor, Instant occurredAt, String comment) {
        this.agreement = version.getAgreement();
        this.versionNumber = version.getNumber();
        this.revision = version.getRevision();
        this.action = action;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public int getRevision() {
        return revision;
    }

    public Action getAction() {
        return action;
    }

    public Employee getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getComment() {
        return comment;
    }
}
