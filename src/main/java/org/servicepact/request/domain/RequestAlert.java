package org.servicepact.request.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * That the watcher has raised one alert (a 75 % warning, a breach, an escalation to the head) for one
 * clock of one request. The database keeps each alert unique per request, so nothing is raised twice,
 * whatever restarts or overlapping runs happen.
 */
@Entity
@Table(name = "request_alert")
@NamedQuery(name = RequestAlert.RAISED, query = "SELECT a.alert FROM RequestAlert a WHERE a.requestId = :request")
public class RequestAlert {

    public static final String RAISED = "RequestAlert.raised";

    @Id
    @SequenceGenerator(name = "request_alert_seq", sequenceName = "request_alert_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_alert_seq")
    private Long id;

    @Column(name = "request_id", nullable = false)
    private Long requestId;

    @Column(nullable = false, length = 60)
    private String alert;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    protected RequestAlert() {
        // for JPA
    }

    public RequestAlert(Long requestId, String alert, Instant raisedAt) {
        this.requestId = requestId;
        this.alert = alert;
        this.raisedAt = raisedAt;
    }

    public String getAlert() {
        return alert;
    }
}
