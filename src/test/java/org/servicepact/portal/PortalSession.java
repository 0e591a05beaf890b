package org.servicepact.portal;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One visitor of the portal over plain HTTP, with its own cookies: logs in through the login form like a browser. */
final class PortalSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** The form field PrimeFaces' scripts add with the page's nonce, which a postback must carry (primefaces.CSP). */
    static final String NONCE_FIELD = "primefaces.nonce";
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final String base;
    private volatile String lastNonce;
    private final HttpClient client;

    PortalSession(URL base) {
        this.base = base.toString().replaceAll("/$", "");
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** GETs a page and follows redirects (as a browser would), answering the last response. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        for (int hops = 0; hops < 5 && response.statusCode() / 100 == 3; hops++) {
            String location = response.headers().firstValue("Location").orElseThrow();
            response = send(HttpRequest.newBuilder(URI.create(location.startsWith("http") ? location : base + location)).GET().build());
        }
        return response;
    }

    /** GETs binary content (a PDF, say) without following redirects. */
    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The first response only, without following redirects. */
    HttpResponse<String> getOnce(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** The first response only, to a GET with these further headers. */
    HttpResponse<String> getOnce(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    /** Posts a body of any content type as given: what no form of the portal sends. */
    HttpResponse<String> postBody(String path, String contentType, String body) throws IOException, InterruptedException {
        return postBody(path, contentType, HttpRequest.BodyPublishers.ofString(body));
    }

    HttpResponse<String> postBody(String path, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType).POST(body).build());
    }

    /** Logs in through the form; answers the page the portal leads to afterwards. */
    HttpResponse<String> logIn(String username, String password) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", viewState(get("/login.xhtml")));
        HttpResponse<String> response = post("/login.xhtml", fields);
        if (response.statusCode() / 100 == 3) {
            String location = response.headers().firstValue("Location").orElseThrow();
            return get(location.startsWith("http") ? URI.create(location).getRawPath() : location);
        }
        return response;
    }

    /** The JSF view state a page carries, for posting its form. */
    static String viewState(HttpResponse<String> page) {
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new IllegalStateException("No view state on " + page.uri());
        }
        return viewState.group(1);
    }

    /**
     * The fields a browser would post with a form of the page (by the form's id): its inputs with their values, the
     * checked boxes, the chosen options, its text areas; no button (put a button's name in to press it).
     */
    static Map<String, String> formFields(HttpResponse<String> page, String formId) {
        String html = page.body();
        int start = html.indexOf("<form id=\"" + formId + "\"");
        if (start < 0) {
            throw new IllegalStateException("No form " + formId + " on " + page.uri());
        }
        String form = html.substring(start, html.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher tag = FIELD_TAG.matcher(form);
        while (tag.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            ATTRIBUTE.matcher(tag.group(2)).results().forEach(a -> attributes.put(a.group(1), unescape(a.group(2))));
            String name = attributes.get("name");
            String type = attributes.getOrDefault("type", "text");
            boolean unchecked = (type.equals("checkbox") || type.equals("radio")) && !attributes.containsKey("checked");
            if (name == null || type.equals("submit") || type.equals("button") || unchecked) {
                continue;
            }
            switch (tag.group(1)) {
                case "textarea" -> fields.put(name, unescape(form.substring(tag.end(), form.indexOf("</textarea>", tag.end()))));
                case "select" -> fields.put(name, chosenOption(form.substring(tag.end(), form.indexOf("</select>", tag.end()))));
                default -> fields.put(name, attributes.getOrDefault("value", type.equals("checkbox") ? "on" : ""));
            }
        }
        return fields;
    }

    private static final Pattern FIELD_TAG = Pattern.compile("<(input|textarea|select)\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)=\"([^\"]*)\"");
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");

    /** The option marked selected, else the first, as a browser posts a list. */
    private static String chosenOption(String options) {
        String first = null;
        Matcher option = OPTION.matcher(options);
        while (option.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            ATTRIBUTE.matcher(option.group(1)).results().forEach(a -> attributes.put(a.group(1), unescape(a.group(2))));
            String value = attributes.getOrDefault("value", "");
            if (attributes.containsKey("selected")) {
                return value;
            }
            first = first == null ? value : first;
        }
        return first == null ? "" : first;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    /**
     * Posts a form (its fields in order) to the page, without following redirects, with the script nonce of the
     * last page this session loaded, as the page's scripts would add it (unless the fields carry one).
     */
    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return post(path, fields, Map.of());
    }

    /** {@link #post(String, Map)} with these further headers (an {@code Origin}, say). */
    HttpResponse<String> post(String path, Map<String, String> fields, Map<String, String> headers) throws IOException, InterruptedException {
        Map<String, String> withNonce = new LinkedHashMap<>(fields);
        if (lastNonce != null) {
            withNonce.putIfAbsent(NONCE_FIELD, lastNonce);
        }
        String body = withNonce.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        if (policies.size() > 1) {
            // a browser enforces each one, so a script would need both nonces and none of the page's would run
            throw new AssertionError("More than one script policy on " + request.method() + " " + request.uri() + ": " + policies);
        }
        Matcher nonce = NONCE.matcher(policies.isEmpty() ? "" : policies.get(0));
        if (nonce.find()) {
            lastNonce = nonce.group(1);
        }
        return response;
    }
}
