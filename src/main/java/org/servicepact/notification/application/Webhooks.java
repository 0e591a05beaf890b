package org.servicepact.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.servicepact.agreement.application.AgreementHappened;
import org.servicepact.feedback.application.LetterHappened;
import org.servicepact.notification.domain.Webhook;
import org.servicepact.notification.domain.WebhookAttempt;
import org.servicepact.notification.domain.WebhookDelivery;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.application.RequestHappened;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.servicepact.platform.SharedJson.JSON;

/**
 * Department heads' webhooks: registering an endpoint (its signing secret shown once), the list with each one's
 * delivery log, a test event, deactivating; and, in the transaction of what happened, one delivery per subscribed
 * webhook of the departments involved (request logged, at risk, breached, escalated, resolved, confirmed; a letter
 * received; an agreement proposed or in force). {@link WebhookDispatch} sends them.
 */
@ApplicationScoped
public class Webhooks {

    private static final int URL_MAX = 2000;
    private static final int LOG_SHOWN = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Employees employees;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    @Inject
    WebhookAddresses addresses;

    /** Plain http:// endpoints, for tests against a local receiver only; production endpoints are HTTPS. */
    @Inject
    @ConfigProperty(name = "servicepact.webhooks.allow-http", defaultValue = "false")
    boolean allowHttp;

    /** A webhook just registered, with its secret (shown this once). */
    public record Created(long id, String secret) implements Serializable {
    }

    /** One line of my webhooks. */
    public record WebhookRow(Long id, String departmentName, String url, Set<Webhook.Event> events, Instant createdAt, boolean active,
                             long version) implements Serializable {
    }

    /** One line of a webhook's delivery log: an attempt and its outcome. */
    public record AttemptRow(Long deliveryId, String event, Instant attemptedAt, Integer status, long durationMs, String error) implements Serializable {

        public boolean isSucceeded() {
            return status != null && status >= 200 && status < 300;
        }
    }

    /**
     * Registers a webhook. Its address is checked first, before anything is read: the check looks the host up (up to
     * {@link WebhookAddresses#LOOKUP_LIMIT}), and no database connection is held while it waits.
     */
    @Transactional
    public Created register(String username, Long departmentId, String url, Set<Webhook.Event> events) {
        String endpoint = checkedUrl(url);
        Employee head = employees.named(username);
        Department department = departmentId == null ? null : em.find(Department.class, departmentId);
        if (department == null || !department.isHeadedBy(username)) {
            throw new RuleViolation("webhookDepartment", "webhook.department.notYours");
        }
        Set<Webhook.Event> subscribed = events == null ? Set.of() : events.stream().filter(event -> event != Webhook.Event.TEST)
                .collect(Collectors.toSet());
        if (subscribed.isEmpty()) {
            throw new RuleViolation("webhookEvents", "webhook.events.required");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        Webhook webhook = new Webhook(department, endpoint, subscribed, secret, head, clock.instant());
        em.persist(webhook);
        em.flush();
        return new Created(webhook.getId(), secret);
    }

    /**
     * An absolute HTTPS address with a host (http:// only where tests allow it), at most 2,000 characters, that does
     * not lead into a private or local network ({@link WebhookAddresses}). A host whose look-up does not answer in
     * time is taken, as one that does not resolve yet is: every delivery looks it up again before it is sent.
     */
    private String checkedUrl(String url) {
        String trimmed = url == null ? "" : url.strip();
        if (trimmed.isEmpty()) {
            throw new RuleViolation("webhookUrl", "webhook.url.required");
        }
        if (trimmed.length() > URL_MAX) {
            throw new RuleViolation("webhookUrl", "webhook.url.tooLong", URL_MAX);
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("https") || allowHttp && scheme.equals("http")) || uri.getUserInfo() != null) {
                throw new RuleViolation("webhookUrl", "webhook.url.https");
            }
            if (addresses.refusedAddressOf(uri.getHost()).isPresent()) {
                throw new RuleViolation("webhookUrl", "webhook.url.notPublic");
            }
        } catch (URISyntaxException e) {
            throw new RuleViolation("webhookUrl", "webhook.url.https");
        } catch (WebhookAddresses.LookupUnanswered e) {
            // taken, as a host that does not resolve yet is: every delivery looks it up again
        }
        return trimmed;
    }

    /** The webhooks of the departments I head, newest first. */
    public List<WebhookRow> mine(String username) {
        return em.createQuery("SELECT w FROM Webhook w JOIN FETCH w.department d WHERE d.head.username = :u ORDER BY w.createdAt DESC, w.id DESC",
                        Webhook.class).setParameter("u", username).getResultList().stream()
                .map(w -> new WebhookRow(w.getId(), w.getDepartment().getName(), w.getUrl(), w.getEvents(), w.getCreatedAt(), w.isActive(),
                        w.getVersion())).toList();
    }

    /** The latest attempts of one of my webhooks, newest first. */
    public List<AttemptRow> log(long webhookId, String username) {
        mineToChange(webhookId, username);
        return em.createQuery("SELECT a.deliveryId, d.event, a.attemptedAt, a.status, a.durationMs, a.error FROM WebhookAttempt a,"
                        + " WebhookDelivery d WHERE d.id = a.deliveryId AND d.webhook.id = :w ORDER BY a.attemptedAt DESC, a.id DESC", Object[].class)
                .setParameter("w", webhookId).setMaxResults(LOG_SHOWN).getResultStream()
                .map(row -> new AttemptRow((Long) row[0], (String) row[1], (Instant) row[2], (Integer) row[3], ((Number) row[4]).longValue(),
                        (String) row[5])).toList();
    }

    /** Queues a test event for one of my webhooks: it goes out at the next round, like any other. */
    @Transactional
    public void sendTest(long webhookId, String username) {
        Webhook webhook = mineToChange(webhookId, username);
        if (!webhook.isActive()) {
            throw RuleViolation.ofForm("webhook.inactive");
        }
        Instant now = clock.instant();
        enqueue(webhook, Webhook.Event.TEST, "test-" + webhookId, "ServicePact test event for " + webhook.getDepartment().getName(), null, now);
    }

    @Transactional
    public void deactivate(long webhookId, long version, String username) {
        Webhook webhook = mineToChange(webhookId, username);
        if (webhook.getVersion() != version) {
            throw RuleViolation.ofForm("edit.stale");
        }
        Instant now = clock.instant();
        webhook.deactivate(now);
        // what was still to go out to it is given up, not left due for ever
        em.createQuery("UPDATE WebhookDelivery d SET d.nextAttemptAt = NULL, d.givenUpAt = :now WHERE d.webhook = :webhook"
                + " AND d.nextAttemptAt IS NOT NULL").setParameter("now", now).setParameter("webhook", webhook).executeUpdate();
    }

    private Webhook mineToChange(long webhookId, String username) {
        Webhook webhook = em.find(Webhook.class, webhookId);
        if (webhook == null || !webhook.getDepartment().isHeadedBy(username)) {
            throw RuleViolation.ofForm("webhook.notYours");
        }
        return webhook;
    }

    // ---- what happened: one delivery per subscribed webhook, in the transaction of the act

    void requestHappened(@Observes RequestHappened happened) {
        Webhook.Event event = Webhook.Event.valueOf("REQUEST_" + happened.kind().name());
        String text = "REQ-" + happened.requestId() + " (" + happened.title() + "): " + happened.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + (happened.detail() == null ? "" : " — " + happened.detail());
        deliver(event, "request", happened.requestId(),
                text, settings.portalUrl() + "/requests/request.xhtml?id=" + happened.requestId(), happened.at(),
                happened.providerDepartmentId(), happened.consumerDepartmentId());
    }

    void letterHappened(@Observes LetterHappened happened) {
        String text = "A " + happened.letterKind().name().toLowerCase(Locale.ROOT) + " was received: LET-" + happened.letterId() + " ("
                + happened.subject() + ")";
        deliver(Webhook.Event.LETTER_RECEIVED, "letter", happened.letterId(), text,
                settings.portalUrl() + "/feedback/letter.xhtml?id=" + happened.letterId(), happened.at(), happened.departmentId());
    }

    void agreementHappened(@Observes AgreementHappened happened) {
        Webhook.Event event = happened.kind() == AgreementHappened.Kind.PROPOSED ? Webhook.Event.AGREEMENT_PROPOSED : Webhook.Event.AGREEMENT_IN_FORCE;
        String text = happened.title() + " (version " + happened.versionNumber() + ") "
                + (event == Webhook.Event.AGREEMENT_PROPOSED ? "was proposed" : "is in force from " + happened.effectiveFrom());
        deliver(event, "agreement", happened.agreementId(), text,
                settings.portalUrl() + "/agreements/agreement.xhtml?id=" + happened.agreementId(), clock.instant(),
                happened.providerDepartmentId(), happened.consumerDepartmentId());
    }

    /** {@code departments}: those involved, null for a party outside the organisation (it has no webhooks). */
    private void deliver(Webhook.Event event, String subject, long subjectId, String text, String link, Instant at, Long... departments) {
        List<Long> ids = Arrays.stream(departments).filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        for (Webhook webhook : em.createQuery("SELECT w FROM Webhook w WHERE w.department.id IN :ids AND w.deactivatedAt IS NULL",
                Webhook.class).setParameter("ids", ids).getResultList()) {
            if (webhook.subscribesTo(event)) {
                enqueue(webhook, event, subject + "-" + subjectId, text, JSON.createObjectBuilder().add("type", subject).add("id", subjectId)
                        .add("url", link), at);
            }
        }
    }

    private void enqueue(Webhook webhook, Webhook.Event event, String key, String text, JsonObjectBuilder about, Instant at) {
        JsonObjectBuilder payload = JSON.createObjectBuilder().add("event", event.wireName()).add("key", key)
                .add("at", at.toString()).add("department", webhook.getDepartment().getName()).add("text", text);
        if (about != null) {
            payload.add("about", about);
        }
        em.persist(new WebhookDelivery(webhook, event, payload.build().toString(), clock.instant()));
    }

    // ---- the dispatch's side: claims and outcomes, each in a transaction of its own

    /** Claims up to {@code limit} due deliveries ({@link OutboxClaims}); answers those claimed. */
    @Transactional
    public List<WebhookDelivery> claimDue(Instant now, int limit) {
        List<WebhookDelivery> due = em.createQuery("SELECT d FROM WebhookDelivery d JOIN FETCH d.webhook WHERE d.nextAttemptAt <= :now"
                + " ORDER BY d.nextAttemptAt, d.id", WebhookDelivery.class).setParameter("now", now).setMaxResults(limit).getResultList();
        return OutboxClaims.claim(em, WebhookDelivery.class, due, now);
    }

    @Transactional
    public void attempted(long deliveryId, WebhookAttempt attempt) {
        em.persist(attempt);
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId);
        if (attempt.succeeded()) {
            delivery.delivered(attempt.getAttemptedAt());
        } else {
            delivery.failed(attempt.getAttemptedAt());
        }
    }
}
