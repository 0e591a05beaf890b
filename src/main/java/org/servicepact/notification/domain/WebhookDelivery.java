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

import java.time.Instant;

/**
 * One event to POST to one webhook: written in the transaction of what happened, delivered by a job after it commits,
 * claimed and retried as every {@link OutboxItem} until the endpoint answers 2xx or the outbox gives up.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends OutboxItem {

    @Id
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "webhook_id")
    private Webhook webhook;

    @Column(nullable = false, length = 40)
    private String event;

    @Column(nullable = false, length = 20_000)
    private String payload;

    @Column(name = "delivered_at")
    private Instant deliveredAt;


    protected WebhookDelivery() {
        // for JPA
    }

    public WebhookDelivery(Webhook webhook, Webhook.Event event, String payload, Instant createdAt) {
        super(createdAt);
        this.webhook = webhook;
        this.event = event.wireName();
        this.payload = payload;
    }

    public void delivered(Instant at) {
        deliveredAt = at;
        done();
    }

    /** The attempt (counted by its claim) failed: try again later; a deactivated webhook gets no more tries. */
    public void failed(Instant at) {
        retryOrGiveUp(at, webhook.isActive());
    }

    public Long getId() {
        return id;
    }

    public Webhook getWebhook() {
        return webhook;
    }

    public String getEvent() {
        return event;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}
