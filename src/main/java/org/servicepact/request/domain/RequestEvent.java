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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.organisation.domain.Employee;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a request's event log: who did what, when, and what they wrote. Never changed or removed. */
@Entity
@Table(name = "request_event")
@NamedQuery(name = RequestEvent.OF_REQUEST, query = "SELECT e FROM RequestEvent e LEFT JOIN FETCH e.actor"
        + " WHERE e.request = :request ORDER BY e.occurredAt, e.id")
public class RequestEvent {

    /** A request's events with their actors, in the order they happened (as {@link PeerRequest#getEvents()}). */
    public static final String OF_REQUEST = "RequestEvent.ofRequest";

    @Id
    @SequenceGenerator(name = "request_event_seq", sequenceName = "request_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_event_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private PeerRequest request;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private TimelineEvent.Kind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Employee actor;

    /** Whom the event is about, where that is not the actor: the new assignee. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    private Employee subject;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    private Priority priority;

    @Column(length = 4000)
    private String comment;

    protected RequestEvent() {
        // for JPA
    }

    RequestEvent(PeerRequest request, TimelineEvent.Kind kind, Employee actor, Employee subject, Instant occurredAt,
                 Priority priority, String comment) {
        this.request = request;
        this.kind = kind;
        this.actor = actor;
        this.subject = subject;
        this.occurredAt = occurredAt;
        this.priority = priority;
        this.comment = comment;
    }

    TimelineEvent toTimeline(LocalDate requestedDue) {
        return new TimelineEvent(kind, occurredAt, priority, kind == TimelineEvent.Kind.SUBMITTED ? requestedDue : null);
    }

    public Long getId() {
        return id;
    }

    public TimelineEvent.Kind getKind() {
        return kind;
    }

    public Employee getActor() {
        return actor;
    }

    public Employee getSubject() {
        return subject;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Priority getPriority() {
        return priority;
    }

    public String getComment() {
        return comment;
    }
}
