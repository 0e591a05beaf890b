package org.servicepact.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.servicepact.notification.domain.WebhookAttempt;
import org.servicepact.notification.domain.WebhookDelivery;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One round of webhook deliveries: each due delivery is claimed, POSTed outside any transaction (JSON, signed with
 * HMAC-SHA256 of the body in {@code X-ServicePact-Signature: sha256=…}, the event and delivery in headers, ten
 * seconds at most after a look-up of the host of five at most, no redirects followed, never into a private or local
 * network: {@link WebhookAddresses}; the answer's body is not read), and the attempt recorded with its status and time;
 * a 2xx delivers it, anything else is retried with the outbox's growing delay.
 */
@ApplicationScoped
public class WebhookDispatch {

    static final String SIGNATURE = "X-ServicePact-Signature";
    private static final int BATCH = 50;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    Webhooks webhooks;

    @Inject
    Clock clock;

    @Inject
    WebhookAddresses addresses;

    /** Answers how many were delivered. */
    public int runOnce() {
        int delivered = 0;
        for (WebhookDelivery delivery : webhooks.claimDue(clock.instant(), BATCH)) {
            WebhookAttempt attempt = post(delivery);
            webhooks.attempted(delivery.getId(), attempt);
            delivered += attempt.succeeded() ? 1 : 0;
        }
        return delivered;
    }

    private WebhookAttempt post(WebhookDelivery delivery) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        try {
            URI endpoint = URI.create(delivery.getWebhook().getUrl());
            Optional<InetAddress> refused = addresses.refusedAddressOf(endpoint.getHost());
            if (refused.isPresent()) {
                return new WebhookAttempt(delivery.getId(), at, null, elapsedMillis(started), "Not sent: " + endpoint.getHost()
                        + " is at " + refused.get().getHostAddress() + ", in a private or local network that webhooks may not reach");
            }
            HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "ServicePact-Webhooks")
                    .header("X-ServicePact-Event", delivery.getEvent())
                    .header("X-ServicePact-Delivery", String.valueOf(delivery.getId()))
                    .header(SIGNATURE, "sha256=" + signature(delivery.getWebhook().getSecret(), delivery.getPayload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.getPayload(), StandardCharsets.UTF_8)).build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            // the status is all a delivery needs: hang up rather than read what follows it, which the timeout does not
            // bound (a receiver that kept sending held up every other delivery)
            response.body().close();
            return new WebhookAttempt(delivery.getId(), at, response.statusCode(), elapsedMillis(started),
                    response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode());
        } catch (WebhookAddresses.LookupUnanswered e) {
            return new WebhookAttempt(delivery.getId(), at, null, elapsedMillis(started), "Not sent: " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            return new WebhookAttempt(delivery.getId(), at, null, elapsedMillis(started), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new WebhookAttempt(delivery.getId(), at, null, elapsedMillis(started), "Interrupted");
        }
    }

    /** HMAC-SHA256 of the body with the webhook's secret, in lower-case hex: what receivers compute to check it. */
    static String signature(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java has HmacSHA256", e);
        }
    }

    private static long elapsedMillis(long started) {
        return Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
