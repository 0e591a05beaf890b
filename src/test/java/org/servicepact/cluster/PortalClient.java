package org.servicepact.cluster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person's browser as far as the server can tell: its cookies (the session and the load balancer's stickiness),
 * full page loads, and the partial (ajax) posts a JSF page sends, each timed into {@link Samples}.
 */
final class PortalClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PARTIAL_VIEW_STATE = Pattern.compile("jakarta\\.faces\\.ViewState:\\d+\"><!\\[CDATA\\[([^\\]]+)\\]\\]>");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** A response as the simulated person saw it: its status, body and the node that answered. */
    record Page(int status, String body, String node, Optional<String> location, Optional<String> nonce) {

        boolean isLoginPage() {
            return location.map(l -> l.contains("login.xhtml")).orElse(false) || body.contains("id=\"login\"")
                    || body.contains("login.xhtml\"></redirect>");
        }

        /** The page for an expired view, or PrimeFaces' partial answer carrying the exception. */
        boolean isExpiredView() {
            return body.contains("id=\"error-expired\"")
                    || body.startsWith("<?xml") && body.contains("ViewExpiredException");
        }

        boolean isPartialError() {
            return body.contains("<error>");
        }
    }

    private final String base;
    private final Samples samples;
    private final HttpClient http;
    private String viewState;
    private String nonce;

    PortalClient(String base, Samples samples) {
        this.base = base;
        this.samples = samples;
        // Browsers speak HTTP/1.1 to a plain-text address; Java's client would ask to upgrade to HTTP/2 (h2c), Payara
        // would accept, and the load balancer would pass the rest through untouched.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** A page load; its view state and its script nonce go along with the posts that follow, as PrimeFaces sends them. */
    Page get(String path) throws IOException, InterruptedException {
        Page page = send(HttpRequest.newBuilder(URI.create(base + path)).GET(), "GET " + path.replaceAll("\\?.*", ""));
        viewState = find(VIEW_STATE, page.body()).orElse(viewState);
        nonce = page.nonce().orElse(nonce);
        return page;
    }

    /** A full form post (the login form). */
    Page post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", viewState);
        all.put("primefaces.nonce", nonce);
        return send(form(path, all), "POST " + path);
    }

    /**
     * What PrimeFaces sends for an ajax button or an ajax change of a field: {@code source} run with {@code execute},
     * the form re-rendered, the page's view state along.
     */
    Page ajax(String path, String form, String source, String execute, String event, Map<String, String> fields)
            throws IOException, InterruptedException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("jakarta.faces.partial.ajax", "true");
        all.put("jakarta.faces.source", source);
        all.put("jakarta.faces.partial.execute", execute);
        all.put("jakarta.faces.partial.render", form);
        if (event != null) {
            all.put("jakarta.faces.behavior.event", event);
            all.put("jakarta.faces.partial.event", event);
        } else {
            all.put(source, source);
        }
        all.put(form, form);
        all.putAll(fields);
        all.put("jakarta.faces.ViewState", viewState);
        all.put("primefaces.nonce", nonce);
        Page page = send(form(path, all).header("Faces-Request", "partial/ajax"), "AJAX " + source);
        viewState = find(PARTIAL_VIEW_STATE, page.body()).orElse(viewState);
        return page;
    }

    private HttpRequest.Builder form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private Page send(HttpRequest.Builder request, String what) throws IOException, InterruptedException {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            String node = response.headers().firstValue("X-Served-By").orElse("?");
            samples.add(what, started, node, response.statusCode() < 400);
            if (response.statusCode() >= 400) {
                samples.note(what + " answered " + response.statusCode() + " by " + node + ": " + excerpt(response.body()));
            }
            return new Page(response.statusCode(), response.body(), node, response.headers().firstValue("Location"),
                    response.headers().firstValue("Content-Security-Policy").flatMap(policy -> find(NONCE, policy)));
        } catch (IOException e) {
            samples.add(what, started, "?", false);
            samples.note(what + " failed: " + e);
            throw e;
        }
    }

    static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.substring(0, Math.min(300, flat.length()));
    }

    static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
