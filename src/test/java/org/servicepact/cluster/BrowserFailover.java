package org.servicepact.cluster;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.servicepact.browser.Browser;
import org.servicepact.browser.PortalPages;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cluster check's person in a real browser: {@code BrowserFailover URL USERNAME PASSWORD DIR NODE}. Signs in through
 * the load balancer in headless Chromium, kept on {@code NODE} by the load balancer's cookie, opens "Log a request", chooses the agreement (the page asks its node by ajax) and
 * types a title and a description, taking the time a person takes; then writes the node that served it to
 * {@code DIR/browser-ready} and waits for {@code DIR/browser-go}, which the script writes once it has killed that node.
 * Then it sends the form as it stands: it must land on the other node, still signed in, with the request logged as
 * typed. Screenshots (desktop, and the logged request at phone size) go to {@code servicepact.screenshots}; the request
 * goes to {@code DIR/browser-acknowledged.tsv} for the script's database checks. Exits 1 on anything else.
 */
public final class BrowserFailover {

    private static final Pattern REQUEST_ID = Pattern.compile("[?&]id=(\\d+)");
    /** A person typing a description: the form's last answer from the node is this long ago when the node dies. */
    private static final Duration TYPING = Duration.ofSeconds(15);
    private static final Duration LONGEST_WAIT_FOR_THE_KILL = Duration.ofMinutes(5);
    /** HAProxy's sticky cookie, naming the node (docker/haproxy.cfg, the script's configuration). */
    private static final String LOAD_BALANCER_COOKIE = "SERVERID";

    private BrowserFailover() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: BrowserFailover URL USERNAME PASSWORD DIR NODE");
            System.exit(2);
        }
        Path dir = Path.of(args[3]);
        try (Browser browser = Browser.open(URI.create(args[0]).toURL())) {
            System.exit(journey(browser, args[1], args[2], dir, args[4]) ? 0 : 1);
        }
    }

    private static boolean journey(Browser browser, String username, String password, Path dir, String node) throws Exception {
        PortalPages portal = new PortalPages(browser);
        browser.visit("/login.xhtml");
        browser.driver().manage().addCookie(new Cookie(LOAD_BALANCER_COOKIE, node, "/"));
        portal.logIn(username, password);
        String title = "Cluster check in a browser " + Instant.now().toEpochMilli();
        String description = "Typed on one node, sent after that node was killed.";
        browser.visit("/requests/new.xhtml");
        portal.selectOneMenu("request\\:agreement", firstAgreement(browser));
        browser.type("#request\\:title", title);
        browser.type("#request\\:description", description);
        Thread.sleep(TYPING.toMillis());
        String before = node(browser);
        browser.screenshot("cluster-1-request-typed-on-" + before);
        Files.writeString(dir.resolve("browser-ready"), before, StandardCharsets.UTF_8);
        System.out.println("The person in the browser typed a request on " + before + " and waits for it to be killed");

        if (!waitFor(dir.resolve("browser-go"))) {
            System.out.println("The script never said the node was killed");
            return false;
        }
        browser.click("#request\\:submit");
        browser.waitForText("logged");
        String after = node(browser);
        browser.screenshot("cluster-2-request-logged-on-" + after);
        String path = browser.currentPath();
        String shown = browser.pageText();
        browser.screenshotAtPhoneSize("cluster-3-request-logged-phone");
        return checked(before, after, path, shown, username, title, description, dir);
    }

    private static boolean checked(String before, String after, String path, String shown, String username, String title,
                                   String description, Path dir) throws Exception {
        Matcher id = REQUEST_ID.matcher(path);
        List<String> problems = new ArrayList<>();
        if (before.equals(after)) {
            problems.add("the request was sent to " + after + ", the node that was to be killed");
        }
        if (path.contains("login")) {
            problems.add("the person was sent to sign in again");
        }
        if (!id.find()) {
            problems.add("sending the form did not lead to the request's page but to " + path);
        }
        if (!shown.contains(title) || !shown.contains(description)) {
            problems.add("the request's page does not show what was typed:\n" + shown);
        }
        if (!problems.isEmpty()) {
            problems.forEach(problem -> System.out.println("PROBLEM (browser): " + problem));
            return false;
        }
        Acknowledged logged = new Acknowledged();
        logged.add(Acknowledged.Kind.REQUEST, Long.parseLong(id.group(1)), username, title);
        logged.writeTo(dir.resolve("browser-acknowledged.tsv"));
        System.out.println("The person in the browser sent the form begun on " + before + " to " + after
                + " without signing in again: " + path);
        return true;
    }

    /** The label of the first agreement the form offers. */
    private static String firstAgreement(Browser browser) {
        return browser.find("#request\\:agreement").findElements(By.cssSelector("select option")).stream()
                .filter(option -> !option.getAttribute("value").isEmpty()).findFirst()
                .map(option -> option.getAttribute("textContent").strip())
                .orElseThrow(() -> new IllegalStateException("The form offers no agreement"));
    }

    /** The node HAProxy keeps this browser on (its sticky cookie, which the browser sends back). */
    private static String node(Browser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed(LOAD_BALANCER_COOKIE);
        return cookie == null ? "?" : cookie.getValue();
    }

    private static boolean waitFor(Path file) throws InterruptedException {
        long until = System.currentTimeMillis() + LONGEST_WAIT_FOR_THE_KILL.toMillis();
        while (!Files.exists(file)) {
            if (System.currentTimeMillis() > until) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }
}
