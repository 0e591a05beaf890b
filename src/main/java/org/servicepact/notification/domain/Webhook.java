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
import jakarta.persistence.Version;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An HTTPS endpoint a department head registered for the department's events: each event it subscribes to is POSTed
 * there as JSON, signed with its secret (HMAC-SHA256). Deactivated, it gets nothing more.
 */
@Entity
@Table(name = "webhook")
public class Webhook {

    /** What a webhook can subscribe to. */
    public enum Event {
        REQUEST_LOGGED, REQUEST_AT_RISK, REQUEST_BREACHED, REQUEST_ESCALATED, REQUEST_RESOLVED, REQUEST_CONFIRMED,
        LETTER_RECEIVED, AGREEMENT_PROPOSED, AGREEMENT_IN_FORCE, TEST;

        /** The name in payloads and headers, e.g. {@code request.breached}. */
        public String wireName() {
            String name = name().toLowerCase(Locale.ROOT);
            int split = name.indexOf('_');
            return split < 0 ? name : name.substring(0, split) + "." + name.substring(split + 1);
        }
    }

    @Id
    @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(nullable = false, length = 2000)
    private String url;

    /** The subscribed events, comma-separated. */
    @Column(nullable = false, length = 400)
    private String events;

    @Column(nullable = false, length = 64)
    private String secret;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    private Employee createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Version
    private long version;

    protected Webhook() {
        // for JPA
    }

    public Webhook(Department department, String url, Set<Event> events, String secret, Employee createdBy, Instant createdAt) {
        this.department = department;
        this.url = url;
        this.events = events.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.secret = secret;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public boolean subscribesTo(Event event) {
        return event == Event.TEST || getEvents().contains(event);
    }

    public void deactivate(Instant at) {
        if (deactivatedAt == null) {
            deactivatedAt = at;
        }
    }

    public boolean isActive() {
        return deactivatedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Department getDepartment() {
        return department;
    }

    public String getUrl() {
        return url;
    }

    public Set<Event> getEvents() {
        Set<Event> subscribed = EnumSet.noneOf(Event.class);
        Arrays.stream(events.split(",")).filter(name -> !name.isBlank()).forEach(name -> subscribed.add(Event.valueOf(name)));
        return subscribed;
    }

    public String getSecret() {
        return secret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    public long getVersion() {
        return version;
    }
}
