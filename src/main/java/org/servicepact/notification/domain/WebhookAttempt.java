package org.servicepact.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One attempt to deliver a webhook event: when, the HTTP status (none when no answer came), how long, what went wrong. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

    private static final int ERROR_MAX = 500;

    @Id
    @SequenceGenerator(name = "webhook_attempt_seq", sequenceName = "webhook_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_attempt_seq")
    private Long id;

    @Column(name = "delivery_id", nullable = false)
    private Long deliveryId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    private Integer status;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    @Column(length = ERROR_MAX)
    private String error;

    protected WebhookAttempt() {
        // for JPA
    }

    public WebhookAttempt(long deliveryId, Instant attemptedAt, Integer status, long durationMs, String error) {
        this.deliveryId = deliveryId;
        this.attemptedAt = attemptedAt;
        this.status = status;
        this.durationMs = durationMs;
        this.error = error == null || error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX - 1) + "…";
    }

    public boolean succeeded() {
        return status != null && status >= 200 && status < 300;
    }

    public Long getDeliveryId() {
        return deliveryId;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Integer getStatus() {
        return status;
    }

    public long getDurationMs() {
        return durationMs;
    }

    public String getError() {
        return error;
    }
}
