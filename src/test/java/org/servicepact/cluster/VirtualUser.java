package org.servicepact.cluster;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * One simulated person, working without pause until told to stop: opens their home page and request list, logs a
 * request through the form (choosing the provider by ajax, as the page does, then sending), escalates every third one
 * to their supervisor, and takes an open request from their department's queue. Signs in once; a sign-in
 * page or an expired view later on counts as lost work. A step the network broke (its node died) is simply tried
 * again with the next step, as a person would.
 */
final class VirtualUser implements Runnable {

    private static final Pattern FIRST_AGREEMENT = optionsOf("request:agreement_input");
    private static final Pattern FIRST_SERVICE = optionsOf("request:service_input");
    private static final Pattern REQUEST_LINK = Pattern.compile("request\\.xhtml\\?id=(\\d+)");
    private static final String NEW_REQUEST = "/requests/new.xhtml";
    private static final String REQUEST_PAGE = "/requests/request.xhtml";

    private final String username;
    private final String password;
    private final PortalClient browser;
    private final Samples samples;
    private final Acknowledged acknowledged;
    private final BooleanSupplier running;
    private final Set<String> nodesServingMe = new HashSet<>();
    private boolean mayRequest = true;
    private String lastNode = "?";
    private long lastAnsweredAt;
    private int logged;

    VirtualUser(String username, String password, String url, Samples samples, Acknowledged acknowledged, BooleanSupplier running) {
        this.username = username;
        this.password = password;
        this.browser = new PortalClient(url, samples);
        this.samples = samples;
        this.acknowledged = acknowledged;
        this.running = running;
    }

    @Override
    public void run() {
        boolean signedIn = false;
        while (running.getAsBoolean()) {
            try {
                if (!signedIn) {
                    signIn();
                    signedIn = true;
                }
                workOnce();
            } catch (SessionLost e) {
                signedIn = false;
            } catch (IOException e) {
                pause();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void workOnce() throws IOException, InterruptedException {
        seen(browser.get("/index.xhtml"));
        if (mayRequest) {
            logARequest();
        }
        takeFromTheQueue(seen(browser.get("/requests/index.xhtml?tab=queue")));
    }

    private void signIn() throws IOException, InterruptedException {
        browser.get("/login.xhtml");
        PortalClient.Page answer = browser.post("/login.xhtml", Map.of("login", "login", "login:username", username,
                "login:password", password, "login:submit", ""));
        if (answer.status() >= 500) {
            throw new IOException(username + " could not sign in now (HTTP " + answer.status() + ")");
        }
        if (answer.status() != 302) {
            throw new IllegalStateException(username + " could not sign in (HTTP " + answer.status() + ")");
        }
        samples.signIns.incrementAndGet();
        for (int hop = 0; hop < 3 && browser.get("/index.xhtml").status() == 302; hop++) {
            // the first page after a sign-in redirects to itself once (STACK.md, trap 2)
        }
    }

    /** The request form, as a person fills it; a node may die between any two of its steps. */
    private void logARequest() throws IOException, InterruptedException {
        Journey journey = new Journey();
        PortalClient.Page form = journey.step(() -> browser.get(NEW_REQUEST));
        Optional<String> agreement = PortalClient.find(FIRST_AGREEMENT, form.body());
        if (agreement.isEmpty()) {
            mayRequest = false;
            return;
        }
        PortalClient.Page chosen = journey.step(() -> browser.ajax(NEW_REQUEST, "request", "request:agreement", "request:agreement", "change",
                Map.of("request:agreement_input", agreement.get())));
        Optional<String> service = PortalClient.find(FIRST_SERVICE, chosen.body());
        if (service.isEmpty()) {
            return;
        }
        String title = "Cluster check " + username + " " + (++logged) + " " + Long.toHexString(ThreadLocalRandom.current().nextLong());
        PortalClient.Page sent = journey.step(() -> browser.ajax(NEW_REQUEST, "request", "request:submit", "request", null, Map.of(
                "request:agreement_input", agreement.get(), "request:service_input", service.get(), "request:priority", "P3",
                "request:title", title, "request:description", "Logged by the cluster check while nodes come and go.",
                "request:requestedDue_input", "")));
        Optional<Long> id = PortalClient.find(REQUEST_LINK, sent.body()).map(Long::valueOf);
        if (id.isPresent()) {
            acknowledged.add(Acknowledged.Kind.REQUEST, id.get(), username, title);
            journey.done();
            if (logged % 3 == 0) {
                escalate(id.get());
            }
        }
    }

    /** The act opens its own small form (kept in the page's view) before the reason is sent. */
    private void escalate(long id) throws IOException, InterruptedException {
        Journey journey = new Journey();
        String page = REQUEST_PAGE + "?id=" + id;
        journey.step(() -> browser.get(page));
        PortalClient.Page opened = journey.step(() -> browser.ajax(page, "request", "request:escalate", "request:escalate", null, Map.of()));
        if (!opened.body().contains("request:actSend")) {
            return;
        }
        PortalClient.Page sent = journey.step(() -> browser.ajax(page, "request", "request:actSend", "request:actSend request:comment", null,
                Map.of("request:comment", "Escalated by the cluster check")));
        if (!sent.isPartialError() && !sent.body().contains("request:actSend")) {
            acknowledged.add(Acknowledged.Kind.ESCALATION, id, username, "");
            journey.done();
        }
    }

    /**
     * Takes one of the open requests the list page, opened on the department's queue, shows (taken by someone else or
     * nobody); the page's other tabs are read only when opened, so the queue is all it lists.
     */
    private void takeFromTheQueue(PortalClient.Page queuePage) throws IOException, InterruptedException {
        int queue = queuePage.body().indexOf("id=\"queue\"");
        if (queue < 0) {
            return;
        }
        List<Long> ids = REQUEST_LINK.matcher(queuePage.body().substring(queue)).results()
                .map(m -> Long.valueOf(m.group(1))).toList();
        if (ids.isEmpty()) {
            return;
        }
        long id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
        Journey journey = new Journey();
        String page = REQUEST_PAGE + "?id=" + id;
        PortalClient.Page shown = journey.step(() -> browser.get(page));
        if (!shown.body().contains("id=\"request:take\"")) {
            return;
        }
        PortalClient.Page taken = journey.step(() -> browser.ajax(page, "request", "request:take", "request:take", null, Map.of()));
        if (!taken.isPartialError() && !taken.body().contains("id=\"request:take\"")) {
            acknowledged.add(Acknowledged.Kind.TAKE, id, username, "");
            journey.done();
        }
    }

    /** A page or partial answer: a sign-in page or an expired view here means the person's work was lost. */
    private PortalClient.Page seen(PortalClient.Page page) throws IOException {
        if (!"?".equals(page.node()) && nodesServingMe.add(page.node()) && nodesServingMe.size() == 2) {
            samples.usersMoved.incrementAndGet();
        }
        if (page.isLoginPage()) {
            samples.sessionsLost.incrementAndGet();
            samples.note(username + " sent to the sign-in page by " + page.node());
            throw new SessionLost(username + " was sent to the sign-in page by " + page.node());
        }
        if (page.isExpiredView()) {
            samples.viewLost(new Samples.LostView(page.node(), lastNode, lastAnsweredAt));
            samples.note(username + "'s view expired on " + page.node() + " (last answer by " + lastNode + " at " + lastAnsweredAt + "): "
                    + PortalClient.excerpt(page.body()));
            throw new ViewLost(username + "'s page expired on " + page.node());
        }
        if (!"?".equals(page.node())) {
            lastNode = page.node();
            lastAnsweredAt = System.currentTimeMillis();
        }
        return page;
    }

    /** One exchange of a form with the server. */
    @FunctionalInterface
    private interface Step {
        PortalClient.Page send() throws IOException, InterruptedException;
    }

    /**
     * The steps of one form, and whether they were answered by more than one node. A step whose node died under it
     * (the connection broke, or the load balancer answered for it) is sent again, as a person presses the button
     * again: with the same view state, now to the other node, which must know the form and what was typed.
     */
    private final class Journey {
        private static final int ATTEMPTS = 4;
        private final Set<String> nodes = new HashSet<>();

        PortalClient.Page step(Step step) throws IOException, InterruptedException {
            for (int attempt = 1; ; attempt++) {
                try {
                    PortalClient.Page page = step.send();
                    if (page.status() < 502 || attempt == ATTEMPTS) {
                        nodes.add(page.node());
                        return seen(page);
                    }
                } catch (SessionLost | ViewLost e) {
                    throw e;
                } catch (IOException e) {
                    if (attempt == ATTEMPTS) {
                        throw e;
                    }
                }
                Thread.sleep(500L * attempt);
            }
        }

        void done() {
            if (nodes.size() > 1) {
                samples.journeysMoved.incrementAndGet();
            }
        }
    }

    /** Signing in again is the cost the check refuses; the user does so to go on working. */
    private static final class SessionLost extends IOException {
        SessionLost(String message) {
            super(message);
        }
    }

    /** A page the server no longer knows: sending it again cannot help; the person starts the form afresh. */
    private static final class ViewLost extends IOException {
        ViewLost(String message) {
            super(message);
        }
    }

    private static Pattern optionsOf(String select) {
        return Pattern.compile("id=\"" + Pattern.quote(select) + "\"[^>]*>(?:\\s*<option value=\"\"[^>]*>[^<]*</option>)*\\s*<option value=\"(\\d+)\"");
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
