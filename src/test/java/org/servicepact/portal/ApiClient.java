package org.servicepact.portal;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/** Calls the JSON API as one user, with HTTP Basic credentials, a personal access token, or nothing. */
final class ApiClient {

    private final String base;
    private final String authorization;
    /** The {@code Accept-Language} header sent, or none. */
    private final String acceptLanguage;
    private final HttpClient client = HttpClient.newHttpClient();

    ApiClient(URL base, String username, String password) {
        this(base, "/api/v1", username, password);
    }

    /** A client of the paths under {@code prefix} ("/api/v2", say, which does not exist). */
    ApiClient(URL base, String prefix, String username, String password) {
        this(username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)), base, prefix);
    }

    private ApiClient(String authorization, URL base, String prefix) {
        this(authorization, base.toString().replaceAll("/$", "") + prefix, (String) null);
    }

    private ApiClient(String authorization, String base, String acceptLanguage) {
        this.base = base;
        this.authorization = authorization;
        this.acceptLanguage = acceptLanguage;
    }

    /** The same caller, asking to be answered in these languages ({@code Accept-Language: de-DE,de;q=0.9}, say). */
    ApiClient inLanguage(String acceptLanguage) {
        return new ApiClient(authorization, base, acceptLanguage);
    }

    /** A client that sends a personal access token ({@code Authorization: Bearer}). */
    static ApiClient withToken(URL base, String token) {
        return new ApiClient("Bearer " + token, base, "/api/v1");
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The portal's time, as its answer to a call says it ({@code Date}, to the second): tests that send past or
     * future instants take them from the portal's clock rather than their own.
     */
    Instant portalTime(String path) throws IOException, InterruptedException {
        String date = get(path).headers().firstValue("Date")
                .orElseThrow(() -> new AssertionError("The portal's answer to " + path + " carries no Date"));
        return ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return client.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A post over HTTP/1.1 that asks before sending its body ({@code Expect: 100-continue}), as clients do with a large
     * one: a body the server refuses unread is answered without being sent. (Over HTTP/2 the server resets the stream
     * after its answer, which this client then drops.)
     */
    HttpResponse<String> postAskingFirst(String path, String json) throws IOException, InterruptedException {
        return client.send(request(path).version(HttpClient.Version.HTTP_1_1).expectContinue(true)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Any call, with the headers given (null leaves one out): for calls the API must refuse. */
    HttpResponse<String> send(String method, String path, String contentType, String accept, String body)
            throws IOException, InterruptedException {
        return send(method, path, contentType, accept, body, null);
    }

    /** Any call, with an {@code Idempotency-Key} header too (when not null). */
    HttpResponse<String> send(String method, String path, String contentType, String accept, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (accept != null) {
            builder.header("Accept", accept);
        }
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (idempotencyKey != null) {
            builder.header("Idempotency-Key", idempotencyKey);
        }
        if (acceptLanguage != null) {
            builder.header("Accept-Language", acceptLanguage);
        }
        return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (acceptLanguage != null) {
            builder.header("Accept-Language", acceptLanguage);
        }
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }
}
