package org.servicepact.portal;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.servicepact.browser.AdministrationPages;
import org.servicepact.browser.AgreementPages;
import org.servicepact.browser.Browser;
import org.servicepact.browser.FeedbackPages;
import org.servicepact.browser.InsightPages;
import org.servicepact.browser.PortalPages;
import org.servicepact.browser.ProfilePages;
import org.servicepact.browser.RequestPages;
import org.servicepact.browser.SignInPages;
import org.servicepact.platform.pdf.EmbeddedFonts;
import org.servicepact.request.application.RequestHistoryImport;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal from outside, as its users meet it: login and roles per page over HTTP, and the user
 * journeys of the organisation clicked through in headless Chromium (screenshots in target/screenshots).
 * One deployment of the real WAR serves every test here.
 */
@ExtendWith(ArquillianExtension.class)
class PortalIT {

    private static final String PASSWORD = "servicepact";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal().addAsLibrary(IdentityServers.configuration()).addAsLibrary(MailServers.configuration())
                .addAsLibrary(Deployments.sessionProbe()).addAsLibrary(Deployments.statementProbe())
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "test-settings.jar").addAsManifestResource(new StringAsset(
                        "config_ordinal=500\nservicepact.webhooks.allow-http=true\nservicepact.webhooks.allowed-networks=127.0.0.0/8\n"
                                + "servicepact.webhooks.every-seconds=2\n"
                                + "servicepact.pages.poll-seconds=2\n"), "microprofile-config.properties"));
    }

    @ArquillianResource
    URL base;

    /** The server of this class's deployment, for the check after all its tests. */
    private static URL server;

    /**
     * Once per class: the portal answers at its address. When it fails to deploy, Payara Micro still starts and
     * answers 404 to everything: said once here, instead of as every test's puzzling 404. (The address itself is mended
     * by {@link DeployedWhereItsArchiveSays} when Arquillian's adapter misreads it.)
     */
    @BeforeEach
    void rememberTheServer() throws Exception {
        if (server == null) {
            assertEquals(200, new PortalSession(base).getOnce("/login.xhtml").statusCode(), "the portal did not deploy at "
                    + base + "; Payara Micro's log says why: target/failsafe-reports/" + PortalIT.class.getName() + "-output.txt");
            server = base;
        }
    }

    /**
     * After every journey of this class: all that people's sessions held could be sent to another node
     * ({@link SessionReplicationProbe}), so a node of a cluster can die without anyone losing what they typed.
     */
    @AfterAll
    static void everythingASessionHeldCouldBeReplicatedToAnotherNode() throws Exception {
        if (server == null) {
            return;
        }
        assertEquals("", probeReport(SessionReplicationProbe.PATH), "what sessions held that could not be replicated to another node");
    }

    /** After every journey of this class: no page took more statements than its budget ({@link PageBudgets}). */
    @AfterAll
    static void noPageRanMoreStatementsThanItsBudget() throws Exception {
        if (server == null) {
            return;
        }
        String report = probeReport(StatementCountProbe.PATH);
        System.out.println("Most statements one request of each page ran:\n" + report);
        List<String> over = PageBudgets.overBudget(report);
        if (!over.isEmpty()) {
            System.out.println("Their statements:\n" + probeReport(StatementCountProbe.PATH + "?statements=true"));
        }
        assertEquals(List.of(), over, "pages that ran more statements than their budget");
    }

    /** What a probe of the deployment reports at {@code path}. */
    private static String probeReport(String path) throws Exception {
        HttpResponse<String> report = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server + path.substring(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, report.statusCode(), path);
        return report.body();
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    /**
     * The ids of the active "IT services for Finance" version and its first service, as the API lists what Finance
     * may ask for: {@code group(1)} the version, {@code group(2)} the service.
     */
    private static Matcher itServicesForFinance(ApiClient financeEmployee) throws Exception {
        Matcher ids = Pattern.compile("\\{\"agreementVersionId\":(\\d+),\"label\":\"Information Technology[^}]*?\"services\":\\[\\{\"id\":(\\d+)")
                .matcher(financeEmployee.get("/agreements/askable").body());
        assertTrue(ids.find(), "Finance may ask IT");
        return ids;
    }

    // --- over HTTP -------------------------------------------------------------------------------

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageWithThePageAskedForAndNoSession() throws Exception {
        HttpResponse<String> response = new PortalSession(base).getOnce("/admin/employees.xhtml?page=2");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml?next=%2Fadmin%2Femployees.xhtml%3Fpage%3D2"),
                response.headers().toString());
        assertEquals(List.of(), sessionCookies(response), "a visitor who has not signed in costs no session");
    }

    @Test
    void theLoginPageMakesNoSessionUntilSomeoneSignsInAndThenLeadsToThePageAskedFor() throws Exception {
        PortalSession visitor = new PortalSession(base);
        HttpResponse<String> loginPage = visitor.get("/login.xhtml?next=%2Fprofile.xhtml");
        assertEquals(List.of(), sessionCookies(loginPage));
        HttpResponse<String> refused = visitor.post("/login.xhtml?next=%2Fprofile.xhtml",
                loginFields("lena.fischer", "not-the-password", "/profile.xhtml", PortalSession.viewState(loginPage)));
        assertEquals(200, refused.statusCode());
        assertEquals(List.of(), sessionCookies(refused), "a wrong password makes no session either");

        HttpResponse<String> signedIn = visitor.post("/login.xhtml?next=%2Fprofile.xhtml",
                loginFields("lena.fischer", PASSWORD, "/profile.xhtml", PortalSession.viewState(refused)));
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/profile.xhtml"), signedIn.headers().toString());
        String cookie = sessionCookies(signedIn).stream().findFirst().orElse("");
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(cookie.toLowerCase().contains("secure"), "over plain HTTP the cookie cannot be Secure: " + cookie);
        assertFalse(visitor.get("/profile.xhtml").body().contains(";jsessionid="));

        PortalSession lured = new PortalSession(base);
        HttpResponse<String> fromAnotherSite = lured.post("/login.xhtml",
                loginFields("lena.fischer", PASSWORD, "/", PortalSession.viewState(lured.get("/login.xhtml"))), Map.of("Origin", "https://evil.example"));
        assertEquals(200, fromAnotherSite.statusCode(), "another site cannot sign a person in under an account it chose");
        assertTrue(fromAnotherSite.body().contains("came from another site"), fromAnotherSite.body());
        assertEquals(List.of(), sessionCookies(fromAnotherSite));

        HttpResponse<String> elsewhere = new PortalSession(base).post("/login.xhtml",
                loginFields("lena.fischer", PASSWORD, "//evil.example/", PortalSession.viewState(new PortalSession(base).get("/login.xhtml"))));
        assertTrue(elsewhere.headers().firstValue("Location").orElse("").matches("https?://[^/]+/"),
                "never to another site: " + elsewhere.headers());
    }

    @Test
    void loggingOutEndsTheSessionButAnotherSiteCannotLogSomeoneOut() throws Exception {
        PortalSession person = new PortalSession(base);
        person.logIn("lena.fischer", PASSWORD);

        HttpResponse<String> fromAnotherSite = person.post("/sign-out", Map.of(), Map.of("Origin", "https://evil.example"));
        assertEquals(403, fromAnotherSite.statusCode());
        assertEquals(302, person.getOnce("/sign-out").statusCode(), "a link leads home");
        assertEquals(200, person.getOnce("/profile.xhtml").statusCode(), "still signed in");

        HttpResponse<String> loggedOut = person.post("/sign-out", Map.of());
        assertEquals(302, loggedOut.statusCode());
        assertTrue(loggedOut.headers().firstValue("Location").orElse("").endsWith("/login.xhtml?loggedOut=true"),
                loggedOut.headers().toString());
        assertEquals(302, person.getOnce("/profile.xhtml").statusCode(), "the session has ended: to the login page");
        assertEquals(302, person.post("/sign-out", Map.of()).statusCode(), "again, with no session: to the login page");
    }

    @Test
    void theBellsListIsThePersonsOwnAndOnlyThePortalsPagesMarkItRead() throws Exception {
        HttpResponse<String> anonymous = new PortalSession(base).getOnce("/notifications");
        assertEquals(302, anonymous.statusCode(), "a visitor is sent to sign in");

        PortalSession person = new PortalSession(base);
        person.logIn("marco.rossi", PASSWORD);
        HttpResponse<String> list = person.getOnce("/notifications");
        assertEquals(200, list.statusCode());
        assertTrue(list.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), list.headers().toString());
        assertTrue(list.body().matches("\\{\"unread\":\\d+,\"notices\":\\[.*\\]}"), list.body());

        HttpResponse<String> fromAnotherSite = person.post("/notifications", Map.of(), Map.of("Origin", "https://evil.example"));
        assertEquals(403, fromAnotherSite.statusCode());
        assertEquals(list.body(), person.getOnce("/notifications").body(), "nothing was marked read");
    }

    private static Map<String, String> loginFields(String username, String password, String next, String viewState) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:next", next);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", viewState);
        return fields;
    }

    private static List<String> sessionCookies(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).toList();
    }

    @Test
    void pagesAndApiAnswersAreNeitherCachedNorSniffedNorFramedByOthers() throws Exception {
        PortalSession session = new PortalSession(base);
        HttpResponse<String> home = session.logIn("lena.fischer", PASSWORD);
        HttpResponse<String> api = new ApiClient(base, "lena.fischer", PASSWORD).get("/requests");
        for (HttpResponse<String> response : List.of(home, api)) {
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""), response.uri().toString());
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""));
            assertEquals("SAMEORIGIN", response.headers().firstValue("X-Frame-Options").orElse(""));
        }
        Matcher stylesheet = Pattern.compile("href=\"([^\"]+\\.css[^\"]*)\"").matcher(home.body());
        assertTrue(stylesheet.find(), "the home page links a stylesheet");
        HttpResponse<String> css = session.getOnce(stylesheet.group(1).replace("&amp;", "&"));
        assertEquals(200, css.statusCode());
        assertFalse(css.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "the look of the portal may be cached");
    }

    @Test
    void thePortalsIconIsThereForAnyone() throws Exception {
        HttpResponse<String> icon = new PortalSession(base).getOnce("/favicon.ico");

        assertEquals(200, icon.statusCode(), "browsers ask every site for /favicon.ico");
        assertFalse(icon.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "the icon may be cached");
    }

    @Test
    void healthChecksAnswerWithoutLogin() throws Exception {
        PortalSession session = new PortalSession(base);

        HttpResponse<String> ready = session.get("/health/ready");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"name\":\"database\",\"status\":\"UP\""), ready.body());
        assertEquals(200, session.get("/health/live").statusCode());
        assertFalse(ready.body().contains("\"data\"") || session.get("/health").body().contains("heap"),
                "anyone may ask, so no internal figures: " + ready.body());
    }

    @Test
    void onlyAdministratorsReadTheMetricsAndApiClientsReadTheOpenApiDocument() throws Exception {
        PortalSession employee = new PortalSession(base);
        employee.logIn("lena.fischer", PASSWORD);
        assertEquals(403, employee.getOnce("/metrics").statusCode());
        PortalSession admin = new PortalSession(base);
        admin.logIn("admin", PASSWORD);
        HttpResponse<String> metrics = admin.getOnce("/metrics");
        assertEquals(200, metrics.statusCode());

        HttpResponse<String> openApi = new ApiClient(base, "", "lena.fischer", PASSWORD).send("GET", "/openapi", null, null, null);
        assertEquals(200, openApi.statusCode(), openApi.body());
        assertTrue(openApi.body().contains("/requests"), "the document describes the API's calls");
        assertEquals(401, new ApiClient(base, "", null, null).send("GET", "/openapi", null, null, null).statusCode(),
                "but not to anyone");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() throws Exception {
        HttpResponse<String> response = new PortalSession(base).logIn("lena.fischer", "not-the-password");

        assertTrue(response.body().contains("Unknown username or wrong password."));
    }

    @Test
    void guessingLocksAnAccountUntilAnAdministratorUnlocksIt() throws Exception {
        String code = unique("GU");
        String username = code.toLowerCase() + ".guessed";
        String fullName = "Gus Guessed " + code;
        String password = "four words in a row " + code;
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            AdministrationPages admin = new AdministrationPages(portal);
            portal.logIn("admin", PASSWORD);
            admin.createEmployeeAndOpen(username, fullName, "Information Technology (IT)");
            admin.setPasswordExpectingRefusal("1qaz2wsx3edc4rfv", "the first an attacker tries");
            admin.setPasswordExpectingRefusal(username + "-2026", "must not contain the username");
            browser.screenshot("password-policy-refused");
            admin.setPassword(fullName, password);

            PortalSession guesser = new PortalSession(base);
            for (int guess = 1; guess <= 5; guess++) {
                assertTrue(guesser.logIn(username, "guess number " + guess).body().contains("Unknown username or wrong password."));
            }
            assertTrue(new PortalSession(base).logIn(username, password).body().contains("Unknown username or wrong password."),
                    "while locked even the right password gets the answer any failure gets");
            assertEquals(401, new ApiClient(base, username, password).get("/requests").statusCode(), "and so does the API");

            admin.openSignInLocks(username);
            browser.screenshot("sign-in-locks");
            admin.unlockFirst("The account " + username + " can sign in again.");
            browser.screenshot("sign-in-lock-removed");
            assertTrue(new PortalSession(base).logIn(username, password).body().contains(fullName), "signed in after the unlock");

            admin.openAuditTrail(username, "Account locked");
            portal.assertPageShows("Unlocked");
            portal.assertPageShows("Password set");
            portal.assertPageShows("Failed sign-in");
            browser.screenshot("audit-trail");
            String csv = admin.auditTrailCsv();
            for (String kind : List.of("Signed in", "Unlocked", "Account locked", "Failed sign-in", "Password set", "Employee created")) {
                assertTrue(csv.contains(kind), kind + " in the export:\n" + csv);
            }
        }
    }

    @Test
    void aKnownEmployeeSignsInThroughTheOrganisationsProviderAndGetsTheRolesOfTheirGroups() {
        String code = unique("SSO");
        String username = code.toLowerCase() + ".single";
        String fullName = "Sam Single " + code;
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            AdministrationPages admin = new AdministrationPages(portal);
            SignInPages signIn = new SignInPages(browser);
            portal.logIn("admin", PASSWORD);
            admin.fillEmployee(username, fullName, username + "@servicepact.example", "Information Technology (IT)");
            admin.saveEmployeeExpecting("Employee " + fullName + " saved.");
            portal.logOut();

            browser.visit("/insight/culture.xhtml");
            browser.screenshot("login-with-single-sign-on");
            signIn.signInThroughProvider("subject-" + code,
                    "{\"preferred_username\": \"" + username + "\", \"groups\": [\"" + IdentityServers.HR_GROUP + "\"]}");
            assertEquals(fullName, portal.loggedInName(), "the first sign-in links the provider's account to the employee");
            assertTrue(browser.currentPath().startsWith("/insight/culture.xhtml"), "lands on the page asked for: " + browser.currentPath());
            portal.assertPageShows("Culture review");
            browser.screenshot("signed-in-through-the-provider-as-hr");
            portal.logOut();

            browser.visit("/insight/culture.xhtml");
            signIn.signInThroughProvider("subject-" + code, "{\"preferred_username\": \"another.name\", \"groups\": []}");
            assertEquals(fullName, portal.loggedInName(), "later sign-ins follow the provider's subject, not the username");
            portal.assertPageShows("Not allowed");
            portal.logOut();

            portal.logIn("admin", PASSWORD);
            admin.openAuditTrail(username, "Sign-in account linked");
            portal.assertPageShows("Roles changed");
            portal.assertPageShows("OpenID Connect");
        }
    }

    @Test
    void aStrangerOrAnUntrustedTokenFromTheProviderGetsAClearPageAndNoSession() {
        String code = unique("NO");
        try (Browser browser = Browser.open(base)) {
            SignInPages signIn = new SignInPages(browser);
            browser.visit("/login.xhtml");
            signIn.signInThroughProvider("stranger-" + code,
                    "{\"preferred_username\": \"nobody." + code + "\", \"email\": \"nobody." + code + "@elsewhere.example\"}");
            assertTrue(signIn.refusal().contains("no active employee with your username or e-mail address"), signIn.refusal());
            browser.screenshot("single-sign-on-refused-stranger");

            browser.visit("/login.xhtml");
            signIn.signInThroughProvider("audience-" + code, "{\"preferred_username\": \"peter.lindqvist\", \"aud\": \"another-app\"}");
            assertTrue(signIn.refusal().contains("could not be trusted"), "a token for another application: " + signIn.refusal());
            browser.screenshot("single-sign-on-refused-token");

            browser.visit("/login.xhtml");
            signIn.signInThroughProvider("expired-" + code, "{\"preferred_username\": \"peter.lindqvist\", \"exp\": 1000000000}");
            assertTrue(signIn.refusal().contains("could not be trusted"), "an expired token: " + signIn.refusal());

            browser.visit("/requests/index.xhtml");
            assertTrue(browser.currentPath().startsWith("/login.xhtml"), "no session came of it: " + browser.currentPath());
        }
    }

    /** What no provider sends and no browser asks (a stray % in the answer, a host that makes no address): the refusal page, never an error. */
    @Test
    void aHandMadeReturnFromTheProviderIsRefusedNotAnError() throws Exception {
        for (String[] request : List.of(new String[] {"/sign-in/oidc?state=x&code=%zz", base.getHost() + ":" + base.getPort()},
                new String[] {"/sign-in/oidc?state=x&code=a%7Cb&iss=%", base.getHost() + ":" + base.getPort()},
                new String[] {"/sign-in/oidc", "bad host:" + base.getPort()},
                new String[] {"/sign-in/oidc?state=x", "[::1"})) {
            String answer = rawGet(request[0], request[1]);
            String head = answer.substring(0, answer.indexOf("\r\n\r\n"));
            assertTrue(head.startsWith("HTTP/1.1 302") && head.contains("/sign-in/refused.xhtml?reason=NOT_TRUSTED")
                    || head.startsWith("HTTP/1.1 400"), String.join(" with Host ", request) + " answered " + head);
        }
    }

    /** A GET written byte for byte as given: Java's HTTP clients refuse to send what this is for. */
    private String rawGet(String pathAndQuery, String host) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void aDirectorySyncCreatesChangesAndDeactivatesThroughThePreviewAndItsPeopleSignInWithTheDirectoryPassword() throws Exception {
        InMemoryDirectoryServer directory = IdentityServers.directory();
        String people = ",ou=people," + IdentityServers.DIRECTORY_BASE;
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            AdministrationPages admin = new AdministrationPages(portal);
            portal.logIn("admin", PASSWORD);
            admin.readDirectory("4 to create, 0 to change, 0 unchanged, 0 to deactivate, 0 wrong.");
            portal.assertPageShows("new employee Dora Doe in DIRSVC");
            browser.screenshot("directory-sync-preview");
            admin.confirmImport("Directory synchronised: 4 changes written.");
            portal.logOut();

            portal.logIn("dora.doe", "dora's directory secret");
            assertEquals("Dora Doe", portal.loggedInName(), "signed in with the directory's password");
            portal.logOut();
            portal.logIn("dina.director", "dina's directory secret");
            browser.visit("/insight/culture.xhtml");
            portal.assertPageShows("Culture review"); // HR by the directory's group
            portal.logOut();

            directory.modify("uid=dora.doe" + people, new Modification(ModificationType.REPLACE, "title", "Senior Directory Analyst"),
                    new Modification(ModificationType.REPLACE, "manager", "uid=dina.director" + people));
            directory.delete("uid=dan.deputy" + people);
            portal.logIn("admin", PASSWORD);
            admin.readDirectory("0 to create, 1 to change, 2 unchanged, 1 to deactivate, 0 wrong.");
            portal.assertPageShows("Senior Directory Analyst");
            portal.assertPageShows("Dan Deputy is no longer in the directory: deactivated");
            browser.screenshot("directory-sync-changes");
            admin.confirmImport("Directory synchronised: 2 changes written.");
            assertTrue(new PortalSession(base).logIn("dan.deputy", "dan's directory secret").body()
                    .contains("Unknown username or wrong password."), "out of the directory, out of the portal");

            directory.modify("uid=dina.director" + people, new Modification(ModificationType.REPLACE, "manager", "uid=dora.doe" + people));
            admin.readDirectory("2 wrong");
            portal.assertPageShows("Supervisor loop");
            assertFalse(admin.isImportConfirmable(), "a reporting loop is refused with its reason, nothing written");
            browser.screenshot("directory-sync-loop-refused");
            directory.modify("uid=dina.director" + people, new Modification(ModificationType.DELETE, "manager"));

            admin.openAuditTrail("directory", "Directory synchronised");
            portal.assertPageShows("1 deactivated");
        }
    }

    @Test
    void aPersonalAccessTokenOpensTheApiAsItsHolderUntilRevoked() throws Exception {
        String reading = "Report script " + unique("");
        String writing = "Ticket bridge " + unique("");
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            ProfilePages profile = new ProfilePages(portal);
            portal.logIn("lena.fischer", PASSWORD);
            profile.open();
            String readOnly = profile.createToken(reading, "30 days", "Read only");
            browser.screenshot("token-created");
            profile.open();
            assertFalse(profile.showsASecret(), "the secret is shown once, never again");

            ApiClient reader = ApiClient.withToken(base, readOnly);
            ExecutorService calls = Executors.newFixedThreadPool(12);
            try {
                List<Future<Integer>> atOnce = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    atOnce.add(calls.submit(() -> reader.get("/requests").statusCode()));
                }
                for (Future<Integer> status : atOnce) {
                    assertEquals(200, status.get(), "calls made at one moment with one token, its first use noted by one of them");
                }
            } finally {
                calls.shutdown();
            }
            Matcher ids = itServicesForFinance(reader);
            String request = "{\"agreementVersionId\":" + ids.group(1) + ",\"serviceId\":" + ids.group(2)
                    + ",\"priority\":\"P3\",\"title\":\"Logged with a token\",\"description\":\"By a script.\"}";
            HttpResponse<String> refused = reader.post("/requests", request);
            assertEquals(403, refused.statusCode(), refused::body);
            assertTrue(refused.body().contains("may only read"), refused.body());
            String readWrite = profile.createToken(writing, "7 days", "Read and write");
            HttpResponse<String> logged = ApiClient.withToken(base, readWrite).post("/requests", request);
            assertEquals(201, logged.statusCode(), logged::body);
            assertTrue(logged.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    "a token opens no session");

            profile.revoke(reading);
            browser.screenshot("token-revoked");
            assertEquals(401, reader.get("/requests").statusCode(), "a revoked token opens nothing");
            assertEquals(401, ApiClient.withToken(base, readOnly.substring(0, readOnly.length() - 1) + "x").get("/requests")
                    .statusCode(), "nor does a token one character off");
            portal.logOut();

            portal.logIn("admin", PASSWORD);
            profile.openAllTokens(writing);
            browser.screenshot("api-tokens-admin");
            profile.revokeAsAdministrator(writing, "Lena Fischer");
            assertEquals(401, ApiClient.withToken(base, readWrite).get("/requests").statusCode());
            new AdministrationPages(portal).openAuditTrail(writing, "API token revoked");
        }
    }

    @Test
    void aRequesterChoosesMailForQuestionsAndTheMailLeadsToTheQuestion() throws Exception {
        String title = "Docking station " + unique("");
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            ProfilePages profile = new ProfilePages(portal);
            RequestPages requests = new RequestPages(portal);
            portal.logIn("lena.fischer", PASSWORD);
            profile.open();
            profile.chooseMail("A question for me on a request", "At once");
            profile.chooseMail("A clock of mine has used 75 % of its time", "Not by mail");
            profile.saveMailChoices("25:99", "Give the time as hours and minutes");
            browser.screenshot("mail-choices-refused");
            profile.saveMailChoices("07:30", "Your choices for e-mail are saved.");
            browser.screenshot("mail-choices");
            browser.screenshotAtPhoneSize("mail-choices-phone");
            profile.open();
            assertEquals("Not by mail", profile.mailChoice("A clock of mine has used 75 % of its time"), "kept");
            assertEquals("07:30", profile.digestTime());

            String page = requests.log("Information Technology — IT services for Finance", title, "For the second screen.");
            portal.logOut();
            requests.actAs("priya.nair", PASSWORD, page, "ask", "USB-C or Thunderbolt?", "Question sent");

            MimeMessage mail = MailServers.awaitMail("lena.fischer@servicepact.example", title)
                    .orElseThrow(() -> new AssertionError("No mail to Lena about " + title));
            String body = (String) mail.getContent();
            Matcher link = Pattern.compile(Pattern.quote(MailServers.PORTAL_URL) + "(/requests/request\\.xhtml\\?id=\\d+)").matcher(body);
            assertTrue(link.find(), body);
            portal.logIn("lena.fischer", PASSWORD);
            browser.visit(link.group(1));
            portal.assertPageShows("USB-C or Thunderbolt?");
            browser.screenshot("mail-link-opens-the-question");
        }
    }

    /**
     * Every main page, for the role that uses it: a desktop and a phone screenshot (look at them), no sideways
     * scrolling at a phone's width, and no critical or serious WCAG 2.1 AA violation found by axe-core at either
     * size. Every page's findings are gathered before the test fails, so one run shows them all.
     */
    @Test
    void everyMainPageFitsAPhoneAndHasNoSeriousAccessibilityViolation() {
        List<String> failures = new ArrayList<>();
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            browser.visit("/login.xhtml");
            checkPage(browser, "login", failures);

            portal.logIn("lena.fischer", PASSWORD);
            checkPages(browser, "employee", failures, "/index.xhtml", "/requests/index.xhtml", "/requests/new.xhtml",
                    "/feedback/index.xhtml", "/feedback/write.xhtml", "/agreements/index.xhtml", "/profile.xhtml", "/organisation/chart.xhtml");
            checkFirstLinked(browser, "page-employee-request", failures, ALL_OF_MY_REQUESTS, "a[href*='/requests/request.xhtml?id=']");
            checkFirstLinked(browser, "page-employee-agreement", failures, "/agreements/index.xhtml", "a[href*='/agreements/agreement.xhtml?id=']");
            portal.logOut();

            portal.logIn("marco.rossi", PASSWORD);
            checkPages(browser, "head", failures, "/index.xhtml", "/requests/index.xhtml", "/insight/dashboard.xhtml",
                    "/agreements/new.xhtml", "/webhooks.xhtml");
            checkFirstLinked(browser, "page-head-queued-request", failures, "/requests/index.xhtml?tab=queue",
                    "#queue a[href*='/requests/request.xhtml?id=']");
            checkFirstLinked(browser, "page-head-letter", failures, "/feedback/index.xhtml", "a[href*='/feedback/letter.xhtml?id=']");
            new AgreementPages(portal).startAgreementProvidingTo("Procurement", "Phone check " + unique(""));
            checkPage(browser, "page-head-agreement-editor", failures);
            portal.logOut();

            portal.logIn("hannah.weber", PASSWORD);
            browser.visit("/insight/culture.xhtml");
            checkPage(browser, "page-hr-culture", failures);
            checkFirstLinked(browser, "page-hr-tie", failures, "/insight/culture.xhtml", "a[href*='/insight/tie.xhtml?']");
            portal.logOut();

            portal.logIn("admin", PASSWORD);
            portal.openAdministrationMenu();
            browser.screenshot("admin-menu-open");
            portal.followMenu("menuCalendars");
            browser.waitForText("Business calendars");
            assertTrue(browser.currentPath().startsWith("/admin/calendars.xhtml"), browser.currentPath());
            checkPages(browser, "admin", failures, "/admin/departments.xhtml", "/admin/department.xhtml", "/admin/employees.xhtml",
                    "/admin/external-parties.xhtml", "/admin/calendars.xhtml", "/admin/import.xhtml", "/admin/sign-in-locks.xhtml",
                    "/admin/api-tokens.xhtml", "/admin/audit.xhtml");
            checkFirstLinked(browser, "page-admin-employee", failures, "/admin/employees.xhtml", "a[href*='/admin/employee.xhtml?id=']");
            checkFirstLinked(browser, "page-admin-calendar", failures, "/admin/calendars.xhtml", "a[href*='/admin/calendar.xhtml?id=']");
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " findings:\n" + String.join("\n", failures));
    }

    @Test
    void theRequestListsShowOpenWorkFirstWithItsUrgencyAndFindARequestBySearch() {
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            RequestPages requests = new RequestPages(portal);
            portal.logIn("lena.fischer", PASSWORD);
            String open = requests.myRequests();
            assertFalse(open.contains("Closed"), "My requests start with the open ones:\n" + open);
            browser.screenshot("requests-mine-open");
            requests.findMine("Closed", "Parental leave paperwork");
            assertTrue(browser.currentPath().contains("q=Parental+leave+paperwork"), "the search is in the address: " + browser.currentPath());
            assertTrue(requests.listByAddress("mine", "closed").contains("Parental leave paperwork"),
                    "an address opens the list on a choice (?scope=closed), for a link or a bookmark");

            browser.visit("/requests/index.xhtml?tab=mine&scope=all");
            List<String> ascending = requests.sortListBy("#mine", "Priority");
            assertEquals("ascending", requests.sortState("#mine", "Priority"));
            List<String> descending = requests.sortListBy("#mine", "Priority");
            assertEquals("descending", requests.sortState("#mine", "Priority"));
            assertEquals(ascending.stream().sorted().toList(), ascending, "sorted by priority, P1 first");
            assertEquals(descending.stream().sorted(Comparator.reverseOrder()).toList(), descending, "then the other way round");
            assertNotEquals(ascending, descending, "Lena's requests have more than one priority");
            assertTrue(ascending.stream().allMatch(priority -> priority.matches("P[1-4] · (critical|high|normal|low)")),
                    "each priority says what it means: " + ascending);
            browser.screenshot("requests-mine-sorted");
            String shown = browser.text(".portal-pager");
            assertTrue(shown.startsWith("Showing 1–" + ascending.size() + " of "), shown);
            browser.visit("/requests/index.xhtml?tab=mine&scope=all&page=4000");
            assertFalse(requests.rows("#mine").isEmpty(), "an address beyond the last page shows the last page");
            browser.toPhoneSize();
            List<String> onPhone = requests.sortOnPhoneBy("#mine", "Priority");
            assertEquals(onPhone.stream().sorted().toList(), onPhone, "on a phone the links above the list sort it, P1 first");
            assertEquals(ascending, onPhone, "the same order as by the heading");
            assertTrue(browser.find("#mine #phoneSort a[aria-current='true']").getAttribute("textContent").contains("(sorted ascending)"),
                    "a screen reader hears which way the list is sorted");
            browser.screenshot("requests-mine-phone");
            browser.toDesktopSize();
            portal.logOut();

            portal.logIn("marco.rossi", PASSWORD);
            List<String> breached = requests.queue("Breached");
            assertFalse(breached.isEmpty(), "the demo organisation has breached requests in IT's queue");
            breached.forEach(row -> assertTrue(row.contains("Overdue"), "a breached request is marked: " + row));
            browser.screenshot("requests-queue-breached");
            String escalations = requests.escalatedToMe();
            assertTrue(escalations.contains("No requests.") || escalations.contains("Waiting for you")
                    || escalations.contains("Acknowledged"), "each escalation says whether it was acknowledged:\n" + escalations);
            long waiting = escalations.lines().filter(line -> line.contains("Waiting for you")).count();
            assertEquals("Escalated to me (" + waiting + " waiting)", requests.escalatedTabLabel(),
                    "the tab counts the escalations waiting for IT's head, as the list marks them:\n" + escalations);
        }
    }

    /**
     * A person switches to German on their profile: every main page then speaks German (no English text of the portal
     * left, no missing-key marker), and they log a request and ask for the supervisor in German.
     */
    @Test
    void aPersonSwitchesToGermanAndWorksInGerman() throws Exception {
        Map<String, String> englishOnly = englishOnlyPhrases();
        List<String> english = new ArrayList<>();
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            ProfilePages profile = new ProfilePages(portal);
            portal.logIn("henrik.larsen", PASSWORD);
            try {
                profile.chooseLanguage("Deutsch");
                browser.waitForText("Ihre Sprache ist gespeichert.");
                for (String page : List.of("/index.xhtml", "/requests/index.xhtml", "/requests/new.xhtml", "/feedback/index.xhtml",
                        "/feedback/write.xhtml", "/agreements/index.xhtml", "/profile.xhtml", "/organisation/chart.xhtml")) {
                    browser.visit(page);
                    english.addAll(englishLeft(page, browser.pageText(), englishOnly));
                }
                RequestPages requests = new RequestPages(portal);
                // a standard constraint (the title's @NotBlank) speaks German too, in the portal's words
                requests.log("Information Technology — IT services for Finance", "", "Er druckt nur leere Seiten.", "Das ist erforderlich.");
                browser.screenshot("german-required");
                String title = "Drucker im zweiten Stock " + unique("");
                requests.log("Information Technology — IT services for Finance", title, "Er druckt nur leere Seiten.", "erfasst");
                english.addAll(englishLeft("the new request", browser.pageText(), englishOnly));
                assertTrue(browser.pageText().contains("Was der Anbieter schuldet"), browser.pageText());
                browser.screenshot("german-request");
                requests.act("escalate", "Der Monatsabschluss wartet.", "Eskaliert");
                english.addAll(englishLeft("the request after escalating", browser.pageText(), englishOnly));
                browser.screenshot("german-escalated");
            } finally {
                profile.chooseLanguage("English");
            }
            browser.waitForText("Your language is saved.");
        }
        assertTrue(english.isEmpty(), () -> "English left on German pages:\n" + String.join("\n", english));
    }

    /** The portal's English texts that German says otherwise: phrases of two words or more, without blanks to fill. */
    private static Map<String, String> englishOnlyPhrases() throws Exception {
        Properties en = new Properties();
        Properties de = new Properties();
        try (var inEn = PortalIT.class.getResourceAsStream("/org/servicepact/i18n/messages.properties");
             var inDe = PortalIT.class.getResourceAsStream("/org/servicepact/i18n/messages_de.properties")) {
            en.load(new java.io.InputStreamReader(inEn, StandardCharsets.UTF_8));
            de.load(new java.io.InputStreamReader(inDe, StandardCharsets.UTF_8));
        }
        Map<String, String> phrases = new LinkedHashMap<>();
        for (String key : en.stringPropertyNames()) {
            String text = en.getProperty(key).strip();
            if (text.contains(" ") && text.length() >= 10 && !text.contains("{") && !text.equals(de.getProperty(key))) {
                phrases.put(text, key);
            }
        }
        return phrases;
    }

    private static List<String> englishLeft(String page, String text, Map<String, String> englishOnly) {
        List<String> found = new ArrayList<>();
        englishOnly.forEach((phrase, key) -> {
            if (text.contains(phrase)) {
                found.add(page + ": \"" + phrase + "\" (" + key + ")");
            }
        });
        if (text.contains("???")) {
            found.add(page + ": a missing-key marker ???");
        }
        return found;
    }

    @Test
    void onAPhoneThePersonOpensTheMenuWorksThroughItAndLogsOut() {
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            browser.toPhoneSize();
            portal.logIn("lena.fischer", PASSWORD);
            browser.screenshot("phone-home");
            assertFalse(portal.isMenuShown(), "the menu is folded away on a phone");

            assertTrue(portal.toggleMenu(), "the menu button says the menu is open");
            assertTrue(portal.isMenuShown(), "the pages and log-out are reachable from the open menu");
            browser.screenshot("phone-menu-open");
            portal.followMenu("menuRequests");
            browser.waitForText("My requests");
            assertEquals(0, browser.horizontalOverflow(), "the list fits the phone");
            visitFirstLink(browser, ALL_OF_MY_REQUESTS, "a[href*='/requests/request.xhtml?id=']");
            browser.waitForText("What the provider owes");
            browser.screenshot("phone-request");
            assertEquals(0, browser.horizontalOverflow(), "the request page fits the phone");

            portal.openBell();
            browser.screenshot("phone-bell-open");
            assertEquals(0, browser.horizontalOverflow(), "the bell's list fits the phone");

            portal.toggleMenu();
            portal.logOut();
        }
    }

    /** The checks of one page reached by the first link of a kind on a list. */
    private static void checkFirstLinked(Browser browser, String name, List<String> failures, String list, String linkCss) {
        visitFirstLink(browser, list, linkCss);
        checkPage(browser, name, failures);
    }

    private static void checkPages(Browser browser, String role, List<String> failures, String... pages) {
        for (String page : pages) {
            browser.visit(page);
            checkPage(browser, "page-" + role + page.replace('/', '-').replace(".xhtml", ""), failures);
        }
    }

    /** The checks of {@link #everyMainPageFitsAPhoneAndHasNoSeriousAccessibilityViolation} on the page shown. */
    private static void checkPage(Browser browser, String name, List<String> failures) {
        String path = browser.currentPath();
        browser.screenshot(name);
        browser.seriousAccessibilityViolations().forEach(violation -> failures.add(path + " (desktop): " + violation));
        browser.toLaptopSize();
        if (browser.menuRows() > 1) {
            failures.add(path + " (1366 px): the menu wraps onto " + browser.menuRows() + " rows");
        }
        browser.toPhoneSize();
        try {
            long overflow = browser.horizontalOverflow();
            if (overflow > 0) {
                failures.add(path + " (phone): the page is " + overflow + " px wider than the phone");
            }
            browser.screenshot(name + "-phone");
            browser.seriousAccessibilityViolations().forEach(violation -> failures.add(path + " (phone): " + violation));
        } finally {
            browser.toDesktopSize();
        }
    }

    /** All of the signed-in person's requests, closed ones too: the demo organisation gives every requester some. */
    private static final String ALL_OF_MY_REQUESTS = "/requests/index.xhtml?tab=mine&scope=all";

    private static void visitFirstLink(Browser browser, String list, String linkCss) {
        browser.visit(list);
        String href = browser.driver().findElements(By.cssSelector(linkCss)).stream().findFirst()
                .orElseThrow(() -> new AssertionError(list + " links to no " + linkCss)).getAttribute("href");
        browser.driver().get(href);
        browser.waitForAjax();
    }

    @Test
    void theHomePageIsEachPersonsToDoListAndLeadsToTheWork() {
        String title = "Desk phone " + unique("");
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            RequestPages requests = new RequestPages(portal);
            for (String user : List.of("lena.fischer", "priya.nair", "marco.rossi", "hannah.weber", "admin")) {
                portal.logIn(user, PASSWORD);
                browser.visit("/index.xhtml");
                browser.screenshot("home-work-" + user);
                browser.screenshotAtPhoneSize("home-work-" + user + "-phone");
                if (!user.equals("hannah.weber") && !user.equals("admin")) {
                    assertFalse(portal.workItems().isEmpty(), user + " has work waiting in the demo organisation");
                }
                portal.logOut();
            }

            portal.logIn("lena.fischer", PASSWORD);
            requests.log("Information Technology — IT services for Finance", title, "It has no dial tone.");
            portal.logOut();

            portal.logIn("daniel.okafor", PASSWORD);
            portal.doWorkItem("Take it: nobody has it", title);
            requests.act("take", null, "Assigned.");
            assertFalse(browser.isShown("#request\\:take"), "taken: not offered again");
            assertTrue(portal.workItems().stream().anyMatch(item -> item.startsWith("Work on your request") && item.contains(title)));
            portal.doWorkItem("Work on your request", title);
            requests.act("ask", "Which room is it in?", "Question sent");
            portal.logOut();

            portal.logIn("priya.nair", PASSWORD);
            assertTrue(portal.workItems().stream().noneMatch(item -> item.contains(title)), "Daniel has it: not in anyone's untaken queue");
            portal.logOut();

            portal.logIn("lena.fischer", PASSWORD);
            String question = portal.workItems().stream().filter(item -> item.contains(title)).findFirst().orElseThrow();
            assertTrue(question.startsWith("Answer the question") && question.contains("waiting"), question);
            browser.screenshot("home-work-question");
            portal.doWorkItem("Answer the question", title);
            requests.act("answer", "Room 2.14.\nSecond floor, by the lift.", "Answered");
            assertTrue(browser.text("#request\\:timeline").contains("Room 2.14.\nSecond floor, by the lift."),
                    "an answer keeps the lines it was typed in");
            browser.scrollTo("#request\\:timeline");
            browser.screenshot("request-answer-in-two-lines");
            browser.toPhoneSize();
            browser.scrollTo("#request\\:timeline");
            browser.screenshot("request-answer-in-two-lines-phone");
            browser.toDesktopSize();
            portal.logOut();

            portal.logIn("daniel.okafor", PASSWORD);
            portal.doWorkItem("Work on your request", title);
            requests.act("resolve", "Cable replaced.", "Resolved");
            portal.logOut();

            portal.logIn("lena.fischer", PASSWORD);
            String confirmation = portal.workItems().stream().filter(item -> item.contains(title)).findFirst().orElseThrow();
            assertTrue(confirmation.startsWith("Confirm or reopen") && confirmation.contains("due "), confirmation);
            portal.doWorkItem("Confirm or reopen", title);
            requests.act("confirm", "Thanks, it rings again.", "Confirmed and closed");
            assertTrue(browser.text("#request\\:timeline").contains("Thanks, it rings again."), "a word typed while confirming is kept");
            assertTrue(portal.workItems().stream().noneMatch(item -> item.contains(title) && !item.startsWith("Rate")),
                    "nothing left to do on it but rating");
        }
    }

    /** The provider's head gives a request to a colleague found by name among the providing department's people. */
    @Test
    void aHeadGivesARequestToAColleagueFoundByName() {
        String title = "Projector in room 3 " + unique("");
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            RequestPages requests = new RequestPages(portal);
            portal.logIn("lena.fischer", PASSWORD);
            String page = requests.log("Information Technology — IT services for Finance", title, "It shows no picture.");
            portal.logOut();

            portal.logIn("marco.rossi", PASSWORD);
            browser.visit(page);
            List<String> suggested = requests.colleaguesFor("da");
            assertTrue(suggested.contains("Daniel Okafor (daniel.okafor, IT)"), suggested::toString);
            assertTrue(suggested.stream().allMatch(label -> label.endsWith(", IT)")), () -> "only IT's people: " + suggested);
            browser.screenshot("request-give-to-colleague");
            // suggestions left open would keep their desktop width on the phone
            portal.closeSuggestions("#request\\:assignee_input");
            browser.toPhoneSize();
            browser.scrollTo("#request\\:assignee");
            browser.screenshot("request-give-to-colleague-phone");
            assertEquals(0, browser.horizontalOverflow(), "the provider's acts fit the phone");
            browser.toDesktopSize();
            requests.giveTo("Okaf", "Daniel Okafor");
            assertTrue(browser.text(".portal-facts").contains("Daniel Okafor"), () -> browser.text(".portal-facts"));
        }
    }

    /**
     * A department's own tools and a phone's shortcuts work a request through the API as people do on its page: each
     * act names the version it was decided on, and one decided on an older version does nothing (409).
     */
    @Test
    void aRequestIsWorkedThroughTheApiOnTheVersionEachActWasDecidedOn() throws Exception {
        ApiClient lena = new ApiClient(base, "lena.fischer", PASSWORD);
        ApiClient priya = new ApiClient(base, "priya.nair", PASSWORD);
        String title = unique("Docking station by API ");
        JsonObject request = askedOfItByApi(lena, title, "For the second screen.");
        String acts = "/requests/" + request.getJsonNumber("id").longValue() + "/acts";
        String queue = "/requests?scope=QUEUE_OPEN&q=" + URLEncoder.encode(title.toLowerCase(Locale.ROOT), StandardCharsets.UTF_8);
        assertEquals(List.of(request.getJsonNumber("id").longValue()), Json.createReader(new StringReader(priya.get(queue).body()))
                .readArray().stream().map(line -> line.asJsonObject().getJsonNumber("id").longValue()).toList(),
                "the tool finds it in the queue by its title, as the page's search box does");
        long opened = request.getJsonNumber("version").longValue();

        JsonObject asked = actedOn(priya.post(acts, act("ASK", "USB-C or Thunderbolt?", opened)), "WAITING_ON_REQUESTER");
        List<JsonObject> lenasWork = Json.createReader(new StringReader(lena.get("/work").body())).readArray().stream()
                .map(JsonValue::asJsonObject).filter(item -> item.getString("title").equals(title)).toList();
        assertEquals(1, lenasWork.size(), "the question waits on Lena, as her home page lists it");
        assertEquals("QUESTION", lenasWork.get(0).getString("kind"));
        assertEquals("REQ-" + request.getJsonNumber("id").longValue(), lenasWork.get(0).getString("number"));
        assertEquals("/requests/request.xhtml?id=" + request.getJsonNumber("id").longValue(), lenasWork.get(0).getString("page"));
        HttpResponse<String> stale = priya.post(acts, act("ASK", "Sent twice after a lost answer", opened));
        assertEquals(409, stale.statusCode(), stale::body);
        assertEquals("version", json(stale.body()).getString("field"), stale.body());
        assertEquals(404, new ApiClient(base, "hannah.weber", PASSWORD).post(acts, act("ANSWER", "Not hers", version(asked)))
                .statusCode(), "no one acts on a request they may not see");
        assertRefused(priya.post(acts, act("ANSWER", "USB-C", version(asked))), "", "Only the requester does this.");
        assertRefused(lena.post(acts, act("CONFIRM", null, version(asked))), "",
                "This cannot be done while the status of the request is \"Waiting on the requester\".");
        assertRefused(lena.post(acts, act("ANSWER", " ", version(asked))), "text", "Write a few words");
        assertRefused(lena.post(acts, act("ANSWER", "x".repeat(4001), version(asked))), "text", "At most 4,000 characters.");
        assertRefused(lena.post(acts, act("SHRUG", null, version(asked))), "act", "Unknown act \"SHRUG\"");
        assertRefused(lena.post(acts, "{\"act\":\"ANSWER\",\"text\":\"USB-C\"}"), "version", "This is required.");
        assertEquals(version(asked), version(json(lena.get(acts.replace("/acts", "")).body())), "nothing refused changed it");

        JsonObject answered = actedOn(lena.post(acts, act("answer", "USB-C, please.", version(asked))), "IN_PROGRESS");
        String raise = "{\"act\":\"CHANGE_PRIORITY\",\"version\":" + version(answered) + ",\"priority\":";
        assertRefused(lena.post(acts, raise + "\"P9\"}"), "priority", "Unknown priority \"P9\"");
        JsonObject raised = actedOn(lena.post(acts, raise + "\"P2\"}"), "IN_PROGRESS");
        assertEquals("P2", raised.getString("priority"), "the month-end close is near");
        assertRefused(priya.post(acts, "{\"act\":\"TAKE\",\"assignee\":\"nobody.here\",\"version\":" + version(raised) + "}"),
                "assignee", "Nobody in the organisation has the username \"nobody.here\".");
        JsonObject given = actedOn(priya.post(acts, "{\"act\":\"TAKE\",\"assignee\":\"daniel.okafor\",\"version\":"
                + version(raised) + "}"), "IN_PROGRESS");
        assertEquals("daniel.okafor", given.getString("assignee"));
        assertEquals(List.of(200, 409, 409, 409, 409, 409),
                sentAtOnce(6, () -> priya.post(acts, act("RESOLVE", "A USB-C dock is on your desk.", version(given)))),
                "six acts on one version at one moment: one acts, the others are told");
        JsonObject resolved = json(lena.get(acts.replace("/acts", "")).body());
        assertEquals(1, resolved.getJsonArray("events").stream()
                .filter(event -> event.asJsonObject().getString("kind").equals("RESOLVED")).count(), resolved::toString);
        actedOn(lena.post(acts, act("CONFIRM", "Thank you!", version(resolved))), "CLOSED");

        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            portal.logIn("lena.fischer", PASSWORD);
            browser.visit("/requests/request.xhtml?id=" + request.getJsonNumber("id").longValue());
            List<String> timeline = new RequestPages(portal).timeline();
            assertTrue(timeline.get(0).contains("Thank you!") && timeline.stream().anyMatch(line -> line.contains("USB-C, please.")),
                    timeline::toString);
            browser.screenshot("request-worked-through-the-api");
        }
    }

    /** The provider's tool hands a request on to another provider serving the same consumer, as the page does. */
    @Test
    void aRequestIsHandedOffThroughTheApiToAnotherProviderOfItsConsumer() throws Exception {
        ApiClient lena = new ApiClient(base, "lena.fischer", PASSWORD);
        ApiClient priya = new ApiClient(base, "priya.nair", PASSWORD);
        String title = unique("Desk too low ");
        JsonObject request = askedOfItByApi(lena, title, "It hurts my back.");
        String path = "/requests/" + request.getJsonNumber("id").longValue();

        List<JsonObject> targets = Json.createReader(new StringReader(priya.get(path + "/hand-off-targets").body())).readArray()
                .stream().map(JsonValue::asJsonObject).toList();
        JsonObject facilities = targets.stream().filter(target -> target.getString("name").startsWith("Facilities"))
                .findFirst().orElseThrow(() -> new AssertionError("Facilities serves Finance too: " + targets));
        assertTrue(targets.stream().noneMatch(target -> target.getString("name").startsWith("Information Technology")), targets::toString);
        assertEquals(404, new ApiClient(base, "hannah.weber", PASSWORD).get(path + "/hand-off-targets").statusCode());
        String handOff = "{\"act\":\"HAND_OFF\",\"version\":" + version(request);
        assertRefused(priya.post(path + "/acts", handOff + ",\"text\":\"Desks are theirs.\"}"), "serviceId", "");
        assertRefused(priya.post(path + "/acts", handOff + ",\"serviceId\":" + facilities.getJsonNumber("id") + "}"), "text",
                "Write a few words");
        JsonObject handedOff = actedOn(priya.post(path + "/acts", handOff + ",\"serviceId\":" + facilities.getJsonNumber("id")
                + ",\"text\":\"Desks are theirs.\"}"), "HANDED_OFF");
        assertEquals("Information Technology", handedOff.getString("provider"));
        List<JsonObject> lenas = Json.createReader(new StringReader(lena.get("/requests?scope=MINE_OPEN&q="
                + URLEncoder.encode(title.toLowerCase(Locale.ROOT), StandardCharsets.UTF_8)).body())).readArray().stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("Facilities"), lenas.stream().map(line -> line.getString("providerName")).toList(),
                "Lena's request goes on at Facilities: " + lenas);
    }

    /** The supervisor an escalation reaches acknowledges it from a tool or a phone, as on the request's page. */
    @Test
    void anEscalationIsAcknowledgedThroughTheApiByThePersonItReached() throws Exception {
        ApiClient lena = new ApiClient(base, "lena.fischer", PASSWORD);
        ApiClient priya = new ApiClient(base, "priya.nair", PASSWORD);
        ApiClient marco = new ApiClient(base, "marco.rossi", PASSWORD);
        String title = unique("Scanner by API ");
        JsonObject request = askedOfItByApi(lena, title, "The scanner eats every page.");
        String path = "/requests/" + request.getJsonNumber("id").longValue();
        JsonObject acknowledged = actedOn(priya.post(path + "/acts", act("ACKNOWLEDGE", null, version(request))), "IN_PROGRESS");
        JsonObject escalated = actedOn(lena.post(path + "/acts", act("ESCALATE", "The audit needs the scans today.",
                version(acknowledged))), "IN_PROGRESS");
        JsonObject escalation = escalated.getJsonArray("escalations").getJsonObject(0);
        assertEquals(List.of("marco.rossi", "SUPERVISOR", "PROVIDER", "The audit needs the scans today.", "lena.fischer"),
                List.of(escalation.getString("escalatedTo"), escalation.getString("level"), escalation.getString("breachedSide"),
                        escalation.getString("reason"), escalation.getString("raisedBy")), escalation::toString);
        assertFalse(escalation.containsKey("acknowledgedAt"), escalation::toString);
        assertTrue(waitingOn(marco, title).contains("ESCALATION"), "it waits on Marco: " + waitingOn(marco, title));

        String acknowledge = path + "/escalations/" + escalation.getJsonNumber("id") + "/acknowledgement";
        String opened = ",\"version\":" + escalation.getJsonNumber("version") + "}";
        assertRefused(priya.post(acknowledge, "{\"text\":\"Seen\"" + opened), "", "Only the person it was escalated to");
        assertRefused(marco.post(acknowledge, "{\"text\":\"Seen\"}"), "version", "This is required.");
        assertRefused(marco.post(acknowledge, "{\"text\":\" \"" + opened), "text", "Write a few words");
        assertRefused(marco.post(acknowledge, "{\"text\":\"" + "x".repeat(2001) + "\"" + opened), "text", "At most 2,000 characters.");
        assertEquals(404, new ApiClient(base, "hannah.weber", PASSWORD).post(acknowledge, "{\"text\":\"Seen\"" + opened).statusCode(),
                "no one acknowledges on a request they may not see");
        assertEquals(404, marco.post(path + "/escalations/" + (escalation.getJsonNumber("id").longValue() + 1_000_000)
                + "/acknowledgement", "{\"text\":\"Seen\"" + opened).statusCode(), "an escalation of another request or none");

        HttpResponse<String> answered = marco.post(acknowledge, "{\"text\":\"Priya scans them herself by noon.\"" + opened);
        assertEquals(200, answered.statusCode(), answered::body);
        JsonObject seen = json(answered.body()).getJsonArray("escalations").getJsonObject(0);
        assertEquals("Priya scans them herself by noon.", seen.getString("acknowledgement"), seen::toString);
        assertTrue(seen.containsKey("acknowledgedAt"), seen::toString);
        HttpResponse<String> again = marco.post(acknowledge, "{\"text\":\"Sent twice after a lost answer\"" + opened);
        assertEquals(409, again.statusCode(), again::body);
        assertEquals("version", json(again.body()).getString("field"), again::body);
        assertFalse(waitingOn(marco, title).contains("ESCALATION"), "nothing waits on Marco any more");

        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            portal.logIn("lena.fischer", PASSWORD);
            browser.visit("/requests/request.xhtml?id=" + request.getJsonNumber("id").longValue());
            RequestPages requests = new RequestPages(portal);
            assertTrue(requests.escalations().contains("Priya scans them herself by noon."), requests.escalations());
            browser.scrollTo("#request\\:escalations");
            browser.screenshot("escalation-acknowledged-through-the-api");
        }
    }

    /** A complaint's addressee acknowledges it and closes it with an outcome through the API, as on the letter's page. */
    @Test
    void aComplaintIsAcknowledgedAndClosedThroughTheApiByItsAddressee() throws Exception {
        String subject = "Reporting share down again " + unique("");
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            portal.logIn("fatima.rahman", PASSWORD);
            new FeedbackPages(portal).writeAboutPerson("Complaint", "okafor", "Daniel Okafor", subject,
                    "The share was down for the third close in a row.");
        }
        ApiClient priya = new ApiClient(base, "priya.nair", PASSWORD);
        ApiClient daniel = new ApiClient(base, "daniel.okafor", PASSWORD);
        JsonObject waiting = workLine(priya, subject);
        assertEquals("LETTER", waiting.getString("kind"));
        String letter = waiting.getString("api").substring("/api/v1".length());
        assertEquals("/letters/" + waiting.getJsonNumber("id"), letter);

        assertEquals(404, daniel.get(letter).statusCode(), "a complaint is not shown to the person it is about before it is acknowledged");
        assertEquals(404, new ApiClient(base, "hannah.weber", PASSWORD).get(letter).statusCode());
        JsonObject sent = json(priya.get(letter).body());
        assertEquals(List.of("COMPLAINT", "SENT", "daniel.okafor", "fatima.rahman", "priya.nair"), List.of(sent.getString("kind"),
                sent.getString("status"), sent.getString("aboutEmployee"), sent.getString("author"), sent.getString("addressee")));
        String opened = ",\"version\":" + sent.getJsonNumber("version") + "}";
        assertRefused(priya.post(letter + "/closing", "{\"text\":\"Fixed\",\"outcome\":\"UPHELD\"" + opened), "", "");
        assertEquals(404, daniel.post(letter + "/acknowledgement", "{\"text\":\"Not me\"" + opened).statusCode());
        assertRefused(priya.post(letter + "/acknowledgement", "{\"text\":\" \"" + opened), "text", "Write a few words");
        assertRefused(priya.post(letter + "/acknowledgement", "{\"text\":\"Seen\"}"), "version", "This is required.");

        HttpResponse<String> acknowledged = priya.post(letter + "/acknowledgement", "{\"text\":\"I will talk to Daniel.\"" + opened);
        assertEquals(200, acknowledged.statusCode(), acknowledged::body);
        JsonObject heard = json(acknowledged.body());
        assertEquals("ACKNOWLEDGED", heard.getString("status"), heard::toString);
        HttpResponse<String> again = priya.post(letter + "/acknowledgement", "{\"text\":\"Sent twice\"" + opened);
        assertEquals(409, again.statusCode(), again::body);
        assertEquals("version", json(again.body()).getString("field"), again::body);
        assertEquals(200, daniel.get(letter).statusCode(), "once acknowledged, the person it is about reads it");

        String closing = ",\"version\":" + heard.getJsonNumber("version") + "}";
        assertRefused(priya.post(letter + "/closing", "{\"text\":\"Fixed\",\"outcome\":\"MAYBE\"" + closing), "outcome",
                "Unknown outcome \"MAYBE\"");
        assertRefused(priya.post(letter + "/closing", "{\"text\":\"Fixed\"" + closing), "outcome", "");
        assertRefused(priya.post(letter + "/closing", "{\"text\":\"" + "x".repeat(4001) + "\",\"outcome\":\"UPHELD\"" + closing),
                "text", "At most 4,000 characters.");
        HttpResponse<String> closed = priya.post(letter + "/closing",
                "{\"text\":\"The share now has a standby.\",\"outcome\":\"partly_upheld\"" + closing);
        assertEquals(200, closed.statusCode(), closed::body);
        assertEquals(List.of("CLOSED", "PARTLY_UPHELD", "The share now has a standby."), List.of(json(closed.body()).getString("status"),
                json(closed.body()).getString("outcome"), json(closed.body()).getString("response")));
        assertTrue(waitingOn(priya, subject).isEmpty(), "nothing waits on Priya: " + waitingOn(priya, subject));

        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            portal.logIn("fatima.rahman", PASSWORD);
            browser.visit("/feedback/letter.xhtml?id=" + waiting.getJsonNumber("id"));
            assertEquals("Closed", new FeedbackPages(portal).letterStatus());
            portal.assertPageShows("The share now has a standby.");
            browser.screenshot("letter-complaint-closed-through-the-api");
        }
    }

    /**
     * A phone writes a compliment and a complaint through the API as the feedback page writes them: refusals by field
     * with nothing written, one letter however often a retried call is sent, each letter reaching the person the rules
     * route it to, and a letter about a request going to its other side.
     */
    @Test
    void complimentsAndComplaintsAreWrittenThroughTheApiAndReachTheirAddressees() throws Exception {
        ApiClient lena = new ApiClient(base, "lena.fischer", PASSWORD);
        String subject = unique("Laptop swap by API ");
        String good = ",\"subject\":\"" + subject + "\",\"body\":\"Daniel had my laptop swapped within the hour.\"}";
        assertRefused(lena.post("/letters", "{\"aboutEmployee\":\"daniel.okafor\"" + good), "kind", "This is required.");
        assertRefused(lena.post("/letters", "{\"kind\":\"PRAISE\",\"aboutEmployee\":\"daniel.okafor\"" + good), "kind",
                "Unknown kind \"PRAISE\"");
        assertRefused(lena.post("/letters", "{\"kind\":\"COMPLIMENT\"" + good), "aboutEmployee", "Choose whom the letter is about.");
        assertRefused(lena.post("/letters", "{\"kind\":\"COMPLIMENT\",\"aboutEmployee\":\"nobody.here\"" + good), "aboutEmployee",
                "Nobody in the organisation has the username \"nobody.here\".");
        assertRefused(lena.post("/letters", "{\"kind\":\"COMPLIMENT\",\"aboutEmployee\":\"lena.fischer\"" + good), "aboutEmployee", "");
        assertRefused(lena.post("/letters", "{\"kind\":\"COMPLIMENT\",\"aboutEmployee\":\"daniel.okafor\",\"aboutDepartment\":\"IT\"" + good),
                "aboutDepartment", "not both");
        assertRefused(lena.post("/letters", "{\"kind\":\"COMPLIMENT\",\"aboutDepartment\":\"Nowhere\"" + good), "aboutDepartment",
                "No department has the code or the name \"Nowhere\".");
        assertRefused(lena.post("/letters", "{\"kind\":\"COMPLIMENT\",\"aboutEmployee\":\"daniel.okafor\",\"subject\":\" \",\"body\":\"x\"}"),
                "subject", "This is required.");
        assertRefused(lena.post("/letters", "{\"kind\":\"COMPLIMENT\",\"aboutEmployee\":\"daniel.okafor\",\"subject\":\"" + subject
                + "\",\"body\":\"" + "x".repeat(4001) + "\"}"), "body", "At most");
        Map<String, String> whom = new LinkedHashMap<>(Map.of("kind", "\"COMPLIMENT\""));
        whom.put("aboutEmployee", "\"daniel.okafor\"");
        for (BadInputs.Spoiled spoiled : BadInputs.eachFieldSpoiled(whom, "", "", "")) {
            String body = spoiled.body().substring(0, spoiled.body().length() - 1) + good;
            HttpResponse<String> answer = lena.post("/letters", body);
            assertEquals(400, answer.statusCode(), () -> body + ": " + answer.body());
            assertEquals(spoiled.field(), json(answer.body()).getString("field"), () -> body + ": " + answer.body());
        }
        assertRefused(lena.get("/letters?scope=SENT"), "scope", "TO_ME, WRITTEN, ABOUT_ME or ABOUT_MY_DEPARTMENT");
        assertRefused(lena.get("/letters?scope=WRITTEN&size=0"), "size", "from 1 to 200");
        assertTrue(lettersListed(lena, "WRITTEN", subject).isEmpty(), "nothing refused was written");

        String compliment = "{\"kind\":\"compliment\",\"aboutEmployee\":\"Daniel.Okafor\"" + good;
        String key = UUID.randomUUID().toString();
        List<String> locations = Collections.synchronizedList(new ArrayList<>());
        assertEquals(List.of(201, 201, 201), sentAtOnce(3, () -> {
            HttpResponse<String> answer = lena.send("POST", "/letters", "application/json", "application/json", compliment, key);
            answer.headers().firstValue("Location").ifPresent(locations::add);
            return answer;
        }), "a retried call with its key is answered the first letter");
        assertEquals(1, locations.stream().distinct().count(), "every call answers the one letter: " + locations);
        assertEquals(1, lettersListed(lena, "WRITTEN", subject).size());
        JsonObject line = lettersListed(new ApiClient(base, "priya.nair", PASSWORD), "TO_ME", subject).get(0);
        assertEquals(List.of("COMPLIMENT", "SENT", "Daniel Okafor", "Lena Fischer", "Priya Nair"), List.of(line.getString("kind"),
                line.getString("status"), line.getString("aboutPersonName"), line.getString("authorName"), line.getString("addresseeName")),
                "about a person, to their supervisor: " + line);
        assertTrue(locations.get(0).endsWith(line.getString("api")), locations + " " + line);
        assertEquals(1, lettersListed(new ApiClient(base, "daniel.okafor", PASSWORD), "ABOUT_ME", subject).size(),
                "the person it is about sees a compliment at once");

        String title = unique("Slow by API ");
        JsonObject request = askedOfItByApi(lena, title, "Nobody has looked at it.");
        HttpResponse<String> aboutRequest = lena.post("/letters", "{\"kind\":\"COMPLAINT\",\"requestId\":" + request.getJsonNumber("id")
                + ",\"body\":\"Three days and nobody has taken it.\"}");
        assertEquals(201, aboutRequest.statusCode(), aboutRequest::body);
        JsonObject complaint = json(aboutRequest.body());
        assertEquals(List.of("COMPLAINT", "IT", "marco.rossi", request.getString("number") + " · " + title),
                List.of(complaint.getString("kind"), complaint.getString("aboutDepartmentCode"), complaint.getString("addressee"),
                        complaint.getString("subject")), "about a request nobody has taken, to the providing department's head: " + complaint);
        assertFalse(complaint.containsKey("aboutEmployee"), complaint::toString);
        HttpResponse<String> hidden = new ApiClient(base, "hannah.weber", PASSWORD).post("/letters", "{\"kind\":\"COMPLAINT\",\"requestId\":"
                + request.getJsonNumber("id") + ",\"body\":\"Not mine to judge.\"}");
        assertRefused(hidden, "requestId", "Give a request you can see");
        HttpResponse<String> byName = lena.post("/letters", "{\"kind\":\"COMPLIMENT\",\"aboutDepartment\":\" facilities \","
                + "\"subject\":\"" + subject + " (Facilities)\",\"body\":\"The new chairs are great.\"}");
        assertEquals(201, byName.statusCode(), byName::body);
        assertEquals(List.of("FAC", "peter.lindqvist"), List.of(json(byName.body()).getString("aboutDepartmentCode"),
                json(byName.body()).getString("addressee")), "about a department, to its head");

        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            portal.logIn("priya.nair", PASSWORD);
            FeedbackPages feedback = new FeedbackPages(portal);
            feedback.openLetter("toMeTab", subject);
            assertEquals("Waiting for acknowledgement", feedback.letterStatus());
            portal.assertPageShows("Daniel had my laptop swapped within the hour.");
            browser.screenshot("letter-written-through-the-api");
            browser.screenshotAtPhoneSize("letter-written-through-the-api-phone");
        }
    }

    /**
     * A head decides on a proposal from their phone: found through /work, read with its commitments, sent back with
     * what should change and, proposed again, accepted; refusals by field, nothing done for anyone else or on a
     * version that changed since.
     */
    @Test
    void aHeadDecidesOnAProposalThroughTheApiFromTheirWorkList() throws Exception {
        String title = "Purchasing by API " + unique("");
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            AgreementPages agreements = new AgreementPages(portal);
            portal.logIn("marco.rossi", PASSWORD);
            draftPurchasingSupportForProcurement(agreements, title);
            agreements.propose();
            agreements.acceptFor("Information Technology");
        }
        ApiClient stefan = new ApiClient(base, "stefan.becker", PASSWORD);
        JsonObject waiting = workLine(stefan, title);
        assertEquals("PROPOSAL", waiting.getString("kind"));
        String path = waiting.getString("api").substring("/api/v1".length());
        assertEquals("/agreements/" + waiting.getJsonNumber("id"), path);

        JsonObject proposal = json(stefan.get(path).body());
        assertEquals(List.of("PROPOSED", "Information Technology", "Procurement"), List.of(proposal.getString("status"),
                proposal.getString("provider"), proposal.getString("consumer")), proposal::toString);
        assertEquals(List.of("PROVIDER"), strings(proposal.getJsonArray("acceptedBy")));
        assertEquals(List.of("CONSUMER"), strings(proposal.getJsonArray("mayAcceptFor")), "Stefan heads Procurement");
        assertTrue(proposal.getBoolean("maySendBack"), proposal::toString);
        JsonObject commitment = proposal.getJsonArray("commitments").getJsonObject(0);
        assertEquals(List.of("PROVIDER", "Acknowledge every request", "Nobody should wonder whether a request arrived.", "FIRST_RESPONSE"),
                List.of(commitment.getString("owedBy"), commitment.getString("title"), commitment.getString("rationale"),
                        commitment.getString("measure")), commitment::toString);
        assertEquals(List.of("0.5", "8"), List.of(commitment.getJsonObject("targets").getJsonNumber("P1").toString(),
                commitment.getJsonObject("targets").getJsonNumber("P4").toString()), commitment::toString);
        assertEquals("BUSINESS_HOURS", commitment.getString("unit"), commitment::toString);
        JsonObject owedToIt = proposal.getJsonArray("commitments").getJsonObject(1);
        assertEquals(List.of("CONSUMER", "ADVANCE_NOTICE", "10"), List.of(owedToIt.getString("owedBy"), owedToIt.getString("measure"),
                owedToIt.getJsonObject("targets").getJsonNumber("P4").toString()), "ten, not 1E+1: " + owedToIt);
        assertEquals("Purchasing system support", proposal.getJsonArray("services").getJsonObject(0).getString("name"));

        ApiClient lena = new ApiClient(base, "lena.fischer", PASSWORD);
        String opened = ",\"version\":" + proposal.getJsonNumber("version") + "}";
        JsonObject read = json(lena.get(path).body());
        assertTrue(read.getJsonArray("mayAcceptFor").isEmpty() && !read.getBoolean("maySendBack"), "everyone reads it: " + read);
        assertRefused(lena.post(path + "/acceptance", "{\"side\":\"CONSUMER\"" + opened), "", "only for the side your department is on");
        assertRefused(lena.post(path + "/acceptance", "{" + opened.substring(1)), "", "Only the heads of the two departments");
        assertRefused(lena.post(path + "/sending-back", "{\"text\":\"No\"" + opened), "", "Only the heads of the two departments");
        assertEquals(404, stefan.get("/agreements/987654321").statusCode());
        assertRefused(stefan.post(path + "/acceptance", "{}"), "version", "This is required.");
        assertRefused(stefan.post(path + "/acceptance", "{\"side\":\"BOTH\"" + opened), "side", "Unknown side \"BOTH\"");
        assertRefused(stefan.post(path + "/acceptance", "{\"side\":\"PROVIDER\"" + opened), "", "only for the side your department is on");
        assertRefused(stefan.post(path + "/sending-back", "{\"text\":\" \"" + opened), "text", "Say what should change");
        HttpResponse<String> stale = stefan.post(path + "/acceptance", "{\"version\":" + (proposal.getJsonNumber("version").longValue() + 7) + "}");
        assertEquals(409, stale.statusCode(), stale::body);
        assertEquals("PROPOSED", json(stefan.get(path).body()).getString("status"), "nothing refused changed it");

        HttpResponse<String> sentBack = stefan.post(path + "/sending-back", "{\"text\":\"Half an hour at P1 is too tight: make it 1.\"" + opened);
        assertEquals(200, sentBack.statusCode(), sentBack::body);
        assertEquals("DRAFT", json(sentBack.body()).getString("status"), sentBack::body);
        HttpResponse<String> twice = stefan.post(path + "/sending-back", "{\"text\":\"Again\"" + opened);
        assertEquals(409, twice.statusCode(), "sent twice after a lost answer, nothing is done: " + twice.body());
        assertFalse(waitingOn(stefan, title).contains("PROPOSAL"), "nothing waits on Stefan while it is a draft");

        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            AgreementPages agreements = new AgreementPages(portal);
            portal.logIn("marco.rossi", PASSWORD);
            agreements.open(title);
            portal.assertPageShows("Half an hour at P1 is too tight: make it 1.");
            agreements.editDraft();
            agreements.propose();
            agreements.acceptFor("Information Technology");
        }
        JsonObject again = json(stefan.get(path).body());
        HttpResponse<String> accepted = stefan.post(path + "/acceptance", "{\"version\":" + again.getJsonNumber("version") + "}");
        assertEquals(200, accepted.statusCode(), accepted::body);
        JsonObject inForce = json(accepted.body());
        assertEquals(List.of("ACTIVE", "1"), List.of(inForce.getString("status"), inForce.getJsonNumber("versionNumber").toString()),
                accepted::body);
        assertEquals(List.of("PROVIDER", "CONSUMER"), strings(inForce.getJsonArray("acceptedBy")));
        assertEquals(409, stefan.post(path + "/acceptance", "{\"version\":" + again.getJsonNumber("version") + "}").statusCode(),
                "accepted twice, nothing more is done");

        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            AgreementPages agreements = new AgreementPages(portal);
            portal.logIn("lena.fischer", PASSWORD);
            agreements.open(title);
            assertTrue(agreements.status().startsWith("Active"), agreements.status());
            browser.screenshot("agreement-accepted-through-the-api");
            browser.screenshotAtPhoneSize("agreement-accepted-through-the-api-phone");
        }
    }

    /**
     * A head of IT's draft for Procurement: one service, IT's first response within 0.5 to 8 hours, and Procurement's
     * notice of tenders 1 to 10 days ahead.
     */
    private static void draftPurchasingSupportForProcurement(AgreementPages agreements, String title) {
        agreements.startAgreementProvidingTo("Procurement", title);
        agreements.addService("Purchasing system support", "Incidents and questions about the purchasing system.");
        agreements.addCommitment(0, "Acknowledge every request", "Nobody should wonder whether a request arrived.",
                "First response", "0.5", "2", "4", "8");
        agreements.addCommitment(1, "Give notice of tenders", "Tender deadlines should not become IT emergencies.",
                "Advance notice", "1", "2", "5", "10");
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(value -> ((JsonString) value).getString()).toList();
    }

    /** The lines of one of a person's letter lists with this subject. */
    private static List<JsonObject> lettersListed(ApiClient person, String scope, String subject) throws Exception {
        HttpResponse<String> answer = person.get("/letters?scope=" + scope + "&q=" + URLEncoder.encode(subject, StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode(), answer::body);
        return Json.createReader(new StringReader(answer.body())).readArray().stream().map(JsonValue::asJsonObject)
                .filter(line -> line.getString("subject").startsWith(subject) && !line.getString("subject").endsWith("(Facilities)")).toList();
    }

    /**
     * Both sides of a resolved request rate each other through the API, as on its page: refusals by field, one rating
     * per side however often it is sent, the other side's shown only once both have rated.
     */
    @Test
    void bothSidesRateAResolvedRequestThroughTheApiUnderTheBlindRule() throws Exception {
        ApiClient lena = new ApiClient(base, "lena.fischer", PASSWORD);
        ApiClient priya = new ApiClient(base, "priya.nair", PASSWORD);
        String title = unique("Headset by API ");
        JsonObject request = askedOfItByApi(lena, title, "The microphone crackles.");
        String path = "/requests/" + request.getJsonNumber("id").longValue();
        String ofProvider = "{\"respect\":5,\"helpfulness\":4,\"integrity\":5,\"workmanship\":4,\"comment\":\"Swapped within the hour.\"}";
        assertRefused(lena.post(path + "/rating", ofProvider), "", "A request is rated once it has been resolved.");
        JsonObject taken = actedOn(priya.post(path + "/acts", act("ACKNOWLEDGE", null, version(request))), "IN_PROGRESS");
        actedOn(priya.post(path + "/acts", act("RESOLVE", "A new headset is on your desk.", version(taken))), "RESOLVED");

        ApiClient hannah = new ApiClient(base, "hannah.weber", PASSWORD);
        assertEquals(404, hannah.get(path + "/rating").statusCode(), "no one reads the ratings of a request they may not see");
        assertEquals(404, hannah.post(path + "/rating", ofProvider).statusCode());
        JsonObject toRate = json(lena.get(path + "/rating").body());
        assertEquals("PROVIDER", toRate.getString("youRate"), toRate::toString);
        assertEquals(List.of("respect", "helpfulness", "integrity", "workmanship"), toRate.getJsonArray("principles").stream()
                .map(principle -> ((JsonString) principle).getString()).toList());
        assertTrue(waitingOn(lena, title).contains("RATING"), "her home page asks her to rate it: " + waitingOn(lena, title));
        assertTrue(toRate.getBoolean("mayRate") && !toRate.containsKey("mine") && !toRate.getBoolean("theirsGiven"), toRate::toString);
        String scores = "\"respect\":5,\"helpfulness\":4,\"integrity\":5";
        assertRefused(lena.post(path + "/rating", "{" + scores + ",\"workmanship\":4,\"clarity\":3}"), "clarity",
                "rates the provider on respect, helpfulness, integrity and workmanship only");
        assertRefused(lena.post(path + "/rating", "{" + scores + "}"), "workmanship", "Give 1 to 5 stars.");
        assertRefused(lena.post(path + "/rating", "{" + scores + ",\"workmanship\":6}"), "workmanship", "A score is from 1 to 5.");
        assertRefused(lena.post(path + "/rating", "{" + scores + ",\"workmanship\":4.5}"), "workmanship", "Give a whole number");
        assertRefused(lena.post(path + "/rating", "{" + scores + ",\"workmanship\":4,\"comment\":\"" + "x".repeat(2001) + "\"}"),
                "comment", "At most 2,000 characters.");
        Map<String, String> goodScores = new LinkedHashMap<>(Map.of("respect", "5", "helpfulness", "4", "integrity", "5"));
        goodScores.put("workmanship", "4");
        for (BadInputs.Spoiled spoiled : BadInputs.eachFieldSpoiled(goodScores, "", "", "")) {
            HttpResponse<String> answer = lena.post(path + "/rating", spoiled.body());
            assertEquals(400, answer.statusCode(), () -> spoiled.body() + ": " + answer.body());
            assertEquals(spoiled.field(), json(answer.body()).getString("field"), () -> spoiled.body() + ": " + answer.body());
        }
        assertFalse(json(lena.get(path + "/rating").body()).containsKey("mine"), "nothing refused was stored");

        assertEquals(List.of(201, 409, 409, 409, 409), sentAtOnce(5, () -> lena.post(path + "/rating", ofProvider)),
                "a rating sent five times at one moment is given once, and the others are told");
        JsonObject lenasRating = json(lena.get(path + "/rating").body());
        assertEquals(4, lenasRating.getJsonObject("mine").getJsonObject("scores").getInt("workmanship"), lenasRating::toString);
        assertTrue(!lenasRating.getBoolean("mayRate") && !lenasRating.containsKey("theirs"), lenasRating::toString);

        JsonObject blind = json(priya.get(path + "/rating").body());
        assertEquals("CONSUMER", blind.getString("youRate"), blind::toString);
        assertTrue(blind.getBoolean("theirsGiven") && !blind.containsKey("theirs"), "blind until Priya rates: " + blind);
        HttpResponse<String> rated = priya.post(path + "/rating",
                "{\"respect\":5,\"clarity\":3,\"responsiveness\":4,\"fairness\":5,\"comment\":\"Clear enough.\"}");
        assertEquals(201, rated.statusCode(), rated::body);
        assertEquals("Swapped within the hour.", json(rated.body()).getJsonObject("theirs").getString("comment"),
                "once both have rated, each sees the other's rating");
        JsonObject priyasRating = json(lena.get(path + "/rating").body()).getJsonObject("theirs");
        assertEquals(3, priyasRating.getJsonObject("scores").getInt("clarity"), priyasRating::toString);
        assertEquals("priya.nair", priyasRating.getString("rater"), priyasRating::toString);
        for (ApiClient side : List.of(lena, priya)) {
            assertFalse(waitingOn(side, title).contains("RATING"), "nothing left to rate on it: " + waitingOn(side, title));
        }

        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            portal.logIn("lena.fischer", PASSWORD);
            browser.visit("/requests/request.xhtml?id=" + request.getJsonNumber("id").longValue());
            String theirs = new FeedbackPages(portal).theirRating();
            assertTrue(theirs.contains("Clarity of the request") && theirs.contains("Clear enough."), theirs);
            browser.scrollTo("#myRating");
            browser.screenshot("request-rated-through-the-api");
            browser.toPhoneSize();
            browser.scrollTo("#theirRating");
            browser.screenshot("request-rated-through-the-api-phone");
        }
    }

    /** The kinds of what waits on the caller ({@code /work}) about the request of this title. */
    private static List<String> waitingOn(ApiClient person, String title) throws Exception {
        return workLines(person, title).map(item -> item.getString("kind")).toList();
    }

    /** The first line of a person's {@code /work} about this title: it waits on them. */
    private static JsonObject workLine(ApiClient person, String title) throws Exception {
        return workLines(person, title).findFirst().orElseThrow(() -> new AssertionError(title + " waits on the person asking"));
    }

    private static Stream<JsonObject> workLines(ApiClient person, String title) throws Exception {
        return Json.createReader(new StringReader(person.get("/work").body())).readArray().stream().map(JsonValue::asJsonObject)
                .filter(item -> item.getString("title").equals(title));
    }

    /** The status codes of the same call sent by as many tools at one moment, lowest first. */
    private static List<Integer> sentAtOnce(int tools, Callable<HttpResponse<String>> call) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(tools);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int tool = 0; tool < tools; tool++) {
                answers.add(senders.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                statuses.add(answer.get().statusCode());
            }
            return statuses.stream().sorted().toList();
        } finally {
            senders.shutdown();
        }
    }

    /** A phone set to German is answered in German; a script that asks for no language, in English. */
    @Test
    void theApiAnswersInTheLanguageItsCallerAsksFor() throws Exception {
        ApiClient lena = new ApiClient(base, "lena.fischer", PASSWORD);
        ApiClient lenasPhone = lena.inLanguage("de-DE,de;q=0.9,en;q=0.8");
        Matcher ids = itServicesForFinance(lena);
        String untitled = "{\"agreementVersionId\":" + ids.group(1) + ",\"serviceId\":" + ids.group(2)
                + ",\"priority\":\"P3\",\"title\":\" \",\"description\":\"Ohne Titel\"}";
        assertRefused(lenasPhone.post("/requests", untitled), "title", "Das ist erforderlich.");
        assertRefused(lena.post("/requests", untitled), "title", "This is required.");
        assertRefused(lenasPhone.post("/requests", untitled.replace("\"title\":\" \"", "\"title\":\"" + "x".repeat(201) + "\"")),
                "title", "Höchstens 200 Zeichen.");
        assertRefused(lena.inLanguage("fr-CH, fr;q=0.9").post("/requests", untitled), "title", "This is required.");
        assertRefused(lenasPhone.post("/requests", untitled.replace("\"P3\"", "\"P9\"")), "priority", "Unbekannte Priorität „P9“");
        HttpResponse<String> none = lenasPhone.get("/requests/999999999");
        assertEquals(404, none.statusCode(), none::body);
        assertEquals("Es gibt keine Anfrage 999999999, die Sie sehen dürfen.", json(none.body()).getString("message"));
        HttpResponse<String> anonymous = new ApiClient(base, null, null).inLanguage("de").get("/work");
        assertEquals(401, anonymous.statusCode());
        assertTrue(json(anonymous.body()).getString("message").startsWith("Melden Sie sich"), anonymous::body);
        HttpResponse<String> nowhere = lenasPhone.get("/nowhere");
        assertEquals(404, nowhere.statusCode());
        assertEquals("Diesen Aufruf oder Datensatz gibt es nicht.", json(nowhere.body()).getString("message"), nowhere::body);
    }

    /** A request of Finance's employee to IT, logged over the API, as the API answered it. */
    private static JsonObject askedOfItByApi(ApiClient financeEmployee, String title, String description) throws Exception {
        Matcher ids = itServicesForFinance(financeEmployee);
        HttpResponse<String> logged = financeEmployee.post("/requests", "{\"agreementVersionId\":" + ids.group(1) + ",\"serviceId\":"
                + ids.group(2) + ",\"priority\":\"P3\",\"title\":\"" + title + "\",\"description\":\"" + description + "\"}");
        assertEquals(201, logged.statusCode(), logged::body);
        return json(logged.body());
    }

    private static String act(String act, String text, long version) {
        return "{\"act\":\"" + act + "\"" + (text == null ? "" : ",\"text\":\"" + text + "\"") + ",\"version\":" + version + "}";
    }

    /** The request as the act answered it, in the status it should have reached. */
    private static JsonObject actedOn(HttpResponse<String> answer, String status) {
        assertEquals(200, answer.statusCode(), answer::body);
        JsonObject request = json(answer.body());
        assertEquals(status, request.getString("status"), answer::body);
        return request;
    }

    private static void assertRefused(HttpResponse<String> answer, String field, String message) {
        assertEquals(400, answer.statusCode(), answer::body);
        JsonObject problem = json(answer.body());
        assertEquals(field, problem.getString("field", ""), answer::body);
        assertTrue(problem.getString("message").contains(message), answer::body);
    }

    private static long version(JsonObject request) {
        return request.getJsonNumber("version").longValue();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    @Test
    void aLongHistoryShowsItsNewestEventsAndClocksAndTheEarlierOnesOnRequest() throws Exception {
        ApiClient lena = new ApiClient(base, "lena.fischer", PASSWORD);
        Matcher ids = itServicesForFinance(lena);
        List<String> events = new ArrayList<>();
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        for (int round = 1; round <= 79; round++, at = at.plus(Duration.ofMinutes(10))) {
            events.add("{\"kind\":\"QUESTION_ASKED\",\"at\":\"" + at + "\",\"actor\":\"priya.nair\",\"text\":\"Question " + round + "\"}");
            events.add("{\"kind\":\"ANSWERED\",\"at\":\"" + at.plusSeconds(60) + "\",\"actor\":\"lena.fischer\",\"text\":\"Answer " + round + "\"}");
        }
        // closed, so that it stays out of the queues other journeys read
        events.add("{\"kind\":\"RESOLVED\",\"at\":\"" + at + "\",\"actor\":\"priya.nair\",\"text\":\"Fixed at last\"}");
        events.add("{\"kind\":\"CONFIRMED\",\"at\":\"" + at.plusSeconds(60) + "\",\"actor\":\"lena.fischer\"}");
        HttpResponse<String> imported = new ApiClient(base, "admin", PASSWORD).post("/requests/import",
                "{\"agreementVersionId\":" + ids.group(1) + ",\"serviceId\":" + ids.group(2) + ",\"requester\":\"lena.fischer\","
                        + "\"priority\":\"P3\",\"title\":\"Printer back and forth " + unique("") + "\",\"description\":\"It jams\","
                        + "\"submittedAt\":\"2026-03-02T08:00:00Z\",\"events\":[" + String.join(",", events) + "]}");
        assertEquals(201, imported.statusCode(), imported::body);
        String location = imported.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);

        JsonObject read = Json.createReader(new StringReader(lena.get("/requests/" + id).body())).readObject();
        assertEquals(161, read.getInt("eventCount"));
        List<String> newest = eventLines(read.getJsonArray("events"));
        assertEquals(50, newest.size(), "the API's request carries its newest 50 events: " + newest);
        assertEquals("QUESTION_ASKED Question 56", newest.get(0), "oldest of them first: " + newest);
        assertEquals(List.of("RESOLVED Fixed at last", "CONFIRMED null"), newest.subList(48, 50));
        List<String> whole = eventLines(Json.createReader(new StringReader(
                lena.get("/requests/" + id + "/events?first=0&size=200").body())).readArray());
        assertEquals(161, whole.size(), "the whole history in one page of 200");
        assertEquals("QUESTION_ASKED Question 1", whole.get(1), whole::toString);
        assertEquals(newest, whole.subList(111, 161), "the same events the request carries");
        assertEquals(List.of("ANSWERED Answer 79", "RESOLVED Fixed at last"), eventLines(Json.createReader(new StringReader(
                lena.get("/requests/" + id + "/events?first=158&size=2").body())).readArray()));
        int clockCount = read.getInt("clockCount");
        assertEquals(List.of(75, 76, 77, 78, 79), clarificationCycles(read.getJsonArray("clocks")),
                "the API's request carries the newest five of 79 clarification cycles");
        assertEquals(clockCount - 74, read.getJsonArray("clocks").size(), "and every other clock");
        JsonArray allClocks = Json.createReader(new StringReader(lena.get("/requests/" + id + "/clocks?size=200").body())).readArray();
        assertEquals(clockCount, allClocks.size());
        assertEquals(IntStream.rangeClosed(1, 79).boxed().toList(), clarificationCycles(allClocks), "every clock, page by page");
        assertEquals(List.of(1, 2), clarificationCycles(Json.createReader(new StringReader(
                lena.get("/requests/" + id + "/clocks?first=" + allClocks.stream().map(JsonValue::asJsonObject)
                        .map(clock -> clock.getString("measure")).toList().indexOf("CLARIFICATION") + "&size=2").body())).readArray()));
        assertEquals(400, lena.get("/requests/" + id + "/events?size=201").statusCode(), "a page is at most 200");
        assertEquals(400, lena.get("/requests/" + id + "/clocks?first=-1").statusCode(), "no page before the first");
        ApiClient hr = new ApiClient(base, "hannah.weber", PASSWORD);
        assertEquals(404, hr.get("/requests/" + id + "/events").statusCode(), "the history is the request's: no one else reads it");
        assertEquals(404, hr.get("/requests/" + id + "/clocks").statusCode(), "nor its clocks");

        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            RequestPages requests = new RequestPages(portal);
            portal.logIn("lena.fischer", PASSWORD);
            browser.visit("/requests/request.xhtml?id=" + id);
            List<String> shown = requests.timeline();
            assertEquals(50, shown.size(), "the newest 50 of 161 events");
            assertTrue(shown.get(0).contains("Confirmed") && shown.get(2).contains("Answer 79"), shown::toString);
            assertTrue(shown.get(49).contains("Question 56"), shown::toString);
            assertEquals("111 earlier events are not shown.", browser.text("[id$=':earlierEvents']"));
            String owedByLena = requests.clocks("CONSUMER");
            assertTrue(owedByLena.contains("Answering the provider's questions #1–#74 74 earlier cycles: 74 met, 0 breached")
                    && owedByLena.contains("questions #75") && owedByLena.contains("questions #79"), owedByLena);
            browser.scrollTo("#clocks-CONSUMER");
            browser.screenshot("request-clocks-earlier-cycles");
            browser.scrollTo("[id$=':showEarlier']");
            browser.screenshot("request-timeline-newest");
            browser.toPhoneSize();
            browser.scrollTo("#clocks-CONSUMER");
            browser.screenshot("request-clocks-earlier-cycles-phone");
            browser.scrollTo("[id$=':showEarlier']");
            browser.screenshot("request-timeline-newest-phone");
            assertEquals(0, browser.horizontalOverflow(), "the timeline and its button fit the phone");
            browser.toDesktopSize();

            requests.showEarlierEvents();
            List<String> more = requests.timeline();
            assertEquals(150, more.size(), "a hundred more");
            assertTrue(more.get(149).endsWith("Question 6"), more::toString);
            assertEquals("11 earlier events are not shown.", browser.text("[id$=':earlierEvents']"));
            requests.showEarlierEvents();
            List<String> all = requests.timeline();
            assertEquals(161, all.size(), "the whole timeline");
            assertTrue(all.get(160).contains("Submitted"), all::toString);
            assertFalse(browser.isShown("[id$=':showEarlier']"), "nothing earlier to show");
            browser.screenshot("request-timeline-whole");
        }
    }

    /** The cycles of the clarification clocks in an API answer, in the order given. */
    private static List<Integer> clarificationCycles(JsonArray clocks) {
        return clocks.getValuesAs(JsonObject.class).stream().filter(clock -> clock.getString("measure").equals("CLARIFICATION"))
                .map(clock -> clock.getInt("cycle")).toList();
    }

    /** Each event of an API answer as its kind and comment. */
    private static List<String> eventLines(JsonArray events) {
        return events.getValuesAs(JsonObject.class).stream()
                .map(event -> event.getString("kind") + " " + event.getString("comment", null)).toList();
    }

    @Test
    void anOpenRequestPageShowsWhatHappensWithoutAReload() {
        String title = "Live page " + unique("");
        try (Browser lenas = Browser.open(base); Browser priyas = Browser.open(base)) {
            PortalPages lena = new PortalPages(lenas);
            lena.logIn("lena.fischer", PASSWORD);
            String page = new RequestPages(lena).log("Information Technology — IT services for Finance", title, "The screen flickers.");
            lenas.visit(page);
            new RequestPages(lena).openAct("escalate");
            lenas.find("#request\\:comment").sendKeys("Typed while waiting");

            PortalPages priya = new PortalPages(priyas);
            priya.logIn("priya.nair", PASSWORD);
            priyas.visit(page);
            new RequestPages(priya).act("ask", "Which screen is it?", "Question sent");

            assertTrue(lenas.eventually(Duration.ofSeconds(20), () -> lenas.text("#request\\:timeline").contains("Which screen is it?")
                            && new RequestPages(lena).status().equals("Waiting on the requester")),
                    () -> "the question and the new status appear on the open page:\n" + lenas.pageText());
            lenas.screenshot("request-live-update");
            assertTrue(lenas.pageText().contains("This request changed since you opened it"));
            assertEquals("Typed while waiting", lenas.find("#request\\:comment").getAttribute("value"), "nothing typed is lost");
        }
    }

    @Test
    void aRequestHandedOnLeavesTheProviderOnItAndLinksToItsSuccessor() {
        String title = "Stuck blinds " + unique("");
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            portal.logIn("lena.fischer", PASSWORD);
            String page = new RequestPages(portal).log("Information Technology — IT services for Finance", title, "The blinds in 2.14 are stuck.");
            portal.logOut();

            portal.logIn("priya.nair", PASSWORD);
            browser.visit(page);
            new RequestPages(portal).openAct("handOff");
            browser.type("#request\\:comment", "Blinds are for Facilities.");
            portal.selectOneMenu("request\\:handOffTarget", "Facilities — Repairs and maintenance");
            browser.click("#request\\:actSend");
            browser.waitForText("Handed on: a new request was started there");
            assertEquals(page, browser.currentPath(), "back on the request she handed on, not on one she may not open");
            assertTrue(browser.text("#request\\:handedTo").matches("(?s)Handed on to REQ-\\d+ \\(Facilities\\)"), browser.text("#request\\:handedTo"));
            browser.screenshot("request-handed-on");
            portal.logOut();

            portal.logIn("lena.fischer", PASSWORD);
            browser.visit(page);
            browser.click("#request\\:handedTo a");
            portal.assertPageShows("Handed on from");
            portal.assertPageShows("Facilities");
            portal.assertPageShows(title);
        }
    }

    @Test
    void aHeadRegistersAWebhookAndItsTestEventArrivesSigned() throws Exception {
        try (Browser browser = Browser.open(base); WebhookReceiver receiver = new WebhookReceiver(0, 0)) {
            PortalPages portal = new PortalPages(browser);
            portal.logIn("marco.rossi", PASSWORD);
            browser.visit("/index.xhtml");
            browser.click("#webhooksLink");
            browser.waitForText("Send your department's events to another system");
            browser.type("#webhooks\\:webhookUrl", "ftp://nowhere");
            browser.click("#webhooks\\:register");
            browser.waitForText("Give a full https:// address");
            browser.type("#webhooks\\:webhookUrl", "https://169.254.169.254/latest/meta-data/");
            browser.click("#webhooks\\:register");
            browser.waitForText("This address leads into a private or local network");
            browser.screenshot("webhook-private-address-refused");
            browser.type("#webhooks\\:webhookUrl", receiver.url());
            browser.click("#webhooks\\:register");
            browser.waitForText("Copy it now into the receiving system");
            String secret = browser.find("#webhooks\\:newSecret").getAttribute("value");
            browser.screenshot("webhook-registered");
            browser.screenshotAtPhoneSize("webhook-registered-phone");

            WebElement row = browser.driver().findElements(By.cssSelector("#webhooks\\:list tbody tr")).stream()
                    .filter(candidate -> candidate.getText().contains(receiver.url())).findFirst().orElseThrow();
            row.findElement(By.cssSelector("[id$=':sendTest']")).click();
            browser.waitForText("A test event is on its way");
            assertTrue(browser.eventually(Duration.ofSeconds(30), () -> !receiver.calls().isEmpty()), "the test event arrives");
            assertTrue(receiver.calls().get(0).signedWith(secret), "signed with the secret shown once");
            assertTrue(browser.eventually(Duration.ofSeconds(30), () -> {
                browser.driver().findElements(By.cssSelector("#webhooks\\:list tbody tr")).stream()
                        .filter(candidate -> candidate.getText().contains(receiver.url())).findFirst().orElseThrow()
                        .findElement(By.cssSelector("[id$=':showLog']")).click();
                browser.waitForAjax();
                return browser.text("#webhooks\\:log").contains("200");
            }), "the delivery log shows the answer");
            browser.scrollTo("#webhooks\\:log");
            browser.screenshot("webhook-log");
        }
    }

    @Test
    void eachRoleSeesItsOwnHomePageOnTheFirstRequestAfterLogin() throws Exception {
        Map<String, String> sectionByUser = Map.of(
                "lena.fischer", "id=\"home-me\"",
                "marco.rossi", "id=\"home-head\"",
                "hannah.weber", "id=\"home-hr\"",
                "admin", "id=\"home-admin\"");
        for (var entry : sectionByUser.entrySet()) {
            HttpResponse<String> home = new PortalSession(base).logIn(entry.getKey(), PASSWORD);
            assertEquals(200, home.statusCode(), entry.getKey());
            assertTrue(home.body().contains(entry.getValue()), () -> entry.getKey() + " does not see " + entry.getValue());
        }
        HttpResponse<String> employeeHome = new PortalSession(base).logIn("lena.fischer", PASSWORD);
        assertFalse(employeeHome.body().contains("id=\"home-admin\""));
        assertFalse(employeeHome.body().contains("id=\"home-head\""));
        assertTrue(new PortalSession(base).logIn("admin", PASSWORD).body().contains("Administration"),
                "the first page after login must already know the administrator's role");
    }

    /**
     * Payara 6.2025.10 lost the roles of some authenticated requests while anonymous requests ran at the same time
     * (a security context shared between threads): every load here must see its roles.
     */
    /** Who walks every page: nobody, an employee and a head of an uninvolved department, HR, the administrator. */
    private static final List<String> WALKERS = List.of("anonymous", "laura.schmidt", "victoria.hayes", "hannah.weber", "admin");

    /**
     * Every page and API path, as every kind of person: each answers exactly as the rules allow (a record of
     * someone else's departments is "not found", never shown). A page added to the portal without a line here
     * fails the walk.
     */
    @Test
    void everyPageAndApiPathAnswersEachKindOfPersonAsTheRulesAllow() throws Exception {
        ApiClient lenaApi = new ApiClient(base, "lena.fischer", PASSWORD);
        Matcher facilities = Pattern.compile("\\{\"agreementVersionId\":(\\d+),\"label\":\"Facilities[^}]*?\"services\":\\[\\{\"id\":(\\d+)")
                .matcher(lenaApi.get("/agreements/askable").body());
        assertTrue(facilities.find());
        HttpResponse<String> logged = lenaApi.post("/requests", "{\"agreementVersionId\":" + facilities.group(1) + ",\"serviceId\":"
                + facilities.group(2) + ",\"priority\":\"P3\",\"title\":\"Walked\",\"description\":\"Finance asks Facilities.\"}");
        assertEquals(201, logged.statusCode(), logged.body());
        String request = logged.headers().firstValue("Location").orElseThrow().replaceAll(".*/requests/", "");
        Map<String, PortalSession> sessions = new LinkedHashMap<>();
        for (String who : List.of("anonymous", "laura.schmidt", "victoria.hayes", "hannah.weber", "admin", "lena.fischer", "peter.lindqvist")) {
            PortalSession session = new PortalSession(base);
            if (!who.equals("anonymous")) {
                session.logIn(who, PASSWORD);
            }
            sessions.put(who, session);
        }
        String facilitiesDashboard = sessions.get("peter.lindqvist").get("/insight/dashboard.xhtml").body();
        String tie = firstLink(facilitiesDashboard, "/insight/tie.xhtml");
        String letter = firstLink(facilitiesDashboard, "/feedback/letter.xhtml");
        String agreement = firstLink(sessions.get("admin").get("/agreements/index.xhtml").body(), "/agreements/agreement.xhtml");

        Map<String, String> pages = new LinkedHashMap<>();
        String everyone = "302 200 200 200 200";
        for (String page : List.of("/index.xhtml", "/requests/index.xhtml", "/requests/new.xhtml", "/feedback/index.xhtml",
                "/feedback/write.xhtml", "/agreements/index.xhtml", "/organisation/chart.xhtml", "/profile.xhtml", agreement)) {
            pages.put(page, everyone);
        }
        for (String page : List.of("calendar", "calendars", "department", "departments", "employee", "employees",
                "external-parties", "external-party", "import", "sign-in-locks", "api-tokens", "audit")) {
            pages.put("/admin/" + page + ".xhtml", "302 403 403 403 200");
        }
        // to anyone but heads and administrators it only says who may start an agreement
        pages.put("/agreements/new.xhtml", everyone);
        pages.put("/agreements/draft.xhtml", "302 404 404 404 404");
        pages.put("/webhooks.xhtml", "302 403 200 403 403");
        pages.put("/insight/culture.xhtml", "302 403 403 200 403");
        pages.put("/insight/culture.pdf", "302 403 403 200 403");
        pages.put("/insight/dashboard.xhtml", "302 403 200 200 403");
        pages.put(tie, "302 403 - 200 403");
        pages.put(letter, "302 404 404 404 404");
        pages.put("/requests/request.xhtml?id=" + request, "302 404 404 404 404");
        pages.put("/login.xhtml", "200 200 200 200 200");
        pages.put("/sign-in/refused.xhtml?reason=UNKNOWN_PERSON", "200 200 200 200 200");
        pages.put("/sign-in/refused.xhtml?reason=%3Cscript%3E", "200 200 200 200 200");
        pages.put("/errors/expired.xhtml", "400 400 400 400 400");
        for (String page : List.of("forbidden", "not-found", "unexpected")) {
            pages.put("/errors/" + page + ".xhtml", "200 200 200 200 200");
        }
        pages.put("/metrics", "302 403 403 403 200");
        pages.put("/notifications", everyone);
        pages.put("/sign-out", "302 302 302 302 302"); // a form posts to it; a link leads home and logs nobody out

        try (var files = Files.walk(Path.of("src/main/webapp"))) {
            List<String> unwalked = files.filter(f -> f.toString().endsWith(".xhtml") && !f.toString().contains("WEB-INF"))
                    .map(f -> "/" + Path.of("src/main/webapp").relativize(f).toString().replace('\\', '/'))
                    .filter(page -> pages.keySet().stream().noneMatch(walked -> walked.startsWith(page)))
                    .toList();
            assertEquals(List.of(), unwalked, "every page has a line in this walk");
        }
        List<String> wrong = new ArrayList<>();
        pages.forEach((page, expected) -> wrong.addAll(walk(sessions, page, expected.split(" "))));
        Map<String, String> insiders = Map.of("/requests/request.xhtml?id=" + request, "lena.fischer", letter, "peter.lindqvist",
                tie, "peter.lindqvist", "/requests/new.xhtml", "lena.fischer");
        insiders.forEach((page, insider) -> wrong.addAll(walk(Map.of(insider, sessions.get(insider)), page, "200")));

        String letterApi = "/letters/" + letter.replaceAll(".*[?&]id=(\\d+).*", "$1");
        String agreementApi = "/agreements/" + agreement.replaceAll(".*[?&]id=(\\d+).*", "$1");
        String signedIn = "401 200 200 200 200";
        String unseen = "401 404 404 404 404";
        String refused = "401 400 400 400 400";
        List<ApiCall> calls = List.of(
                new ApiCall("GET", "/requests", null, signedIn),
                new ApiCall("POST", "/requests", "{}", refused),
                new ApiCall("POST", "/requests/import", "{}", "401 403 403 403 400"),
                new ApiCall("GET", "/requests/" + request, null, unseen),
                new ApiCall("GET", "/requests/" + request + "/clocks", null, unseen),
                new ApiCall("GET", "/requests/" + request + "/events", null, unseen),
                new ApiCall("GET", "/requests/" + request + "/hand-off-targets", null, unseen),
                new ApiCall("POST", "/requests/" + request + "/acts", "{\"act\":\"CANCEL\",\"text\":\"Not mine\",\"version\":1}", unseen),
                new ApiCall("POST", "/requests/" + request + "/escalations/1/acknowledgement", "{\"text\":\"Seen\",\"version\":1}", unseen),
                new ApiCall("GET", "/requests/" + request + "/rating", null, unseen),
                new ApiCall("POST", "/requests/" + request + "/rating", "{\"respect\":1}", unseen),
                new ApiCall("GET", "/work", null, signedIn),
                new ApiCall("GET", "/letters?scope=WRITTEN", null, signedIn),
                new ApiCall("POST", "/letters", "{}", refused),
                new ApiCall("GET", letterApi, null, unseen),
                new ApiCall("POST", letterApi + "/acknowledgement", "{\"text\":\"Seen\",\"version\":0}", unseen),
                new ApiCall("POST", letterApi + "/closing", "{\"text\":\"Done\",\"outcome\":\"UPHELD\",\"version\":0}", unseen),
                new ApiCall("GET", "/agreements/askable", null, signedIn),
                new ApiCall("GET", agreementApi, null, signedIn),
                new ApiCall("POST", agreementApi + "/acceptance", "{}", refused),
                new ApiCall("POST", "/agreements/987654321/sending-back", "{\"text\":\"No\",\"version\":1}", unseen));
        for (int i = 0; i < WALKERS.size(); i++) {
            String who = WALKERS.get(i);
            ApiClient api = who.equals("anonymous") ? new ApiClient(base, null, null) : new ApiClient(base, who, PASSWORD);
            for (ApiCall call : calls) {
                int status = call.body() == null ? api.get(call.path()).statusCode() : api.post(call.path(), call.body()).statusCode();
                expect(wrong, who + " " + call.method() + " /api/v1" + call.path(), call.expected().split(" ")[i], status);
            }
        }
        Set<String> walkedCalls = calls.stream().map(ApiCall::template).collect(Collectors.toSet());
        assertEquals(List.of(), apiCallsDescribed().stream().filter(described -> !walkedCalls.contains(described)).toList(),
                "every call of the API's OpenAPI document has a line in this walk");
        expect(wrong, "lena.fischer GET /api/v1/requests/" + request, "200", lenaApi.get("/requests/" + request).statusCode());
        expect(wrong, "lena.fischer GET /api/v1/requests/" + request + "/rating", "200",
                lenaApi.get("/requests/" + request + "/rating").statusCode());
        assertEquals(List.of(), wrong);
    }

    /** A call of the walk, and what it answers each of {@link #WALKERS} in turn. */
    private record ApiCall(String method, String path, String body, String expected) {

        /** As the OpenAPI document names it: "POST /api/v1/requests/{}/acts". */
        String template() {
            return method + " /api/v1" + path.replaceAll("\\?.*", "").replaceAll("/\\d+(?=/|$)", "/{}");
        }
    }

    /** Every call the API's OpenAPI document describes, named as {@link ApiCall#template} names one. */
    private List<String> apiCallsDescribed() throws Exception {
        HttpResponse<String> document = new ApiClient(base, "", "lena.fischer", PASSWORD).send("GET", "/openapi", null,
                "application/json", null);
        assertEquals(200, document.statusCode(), document.body());
        JsonObject paths = json(document.body()).getJsonObject("paths");
        List<String> described = new ArrayList<>();
        paths.forEach((path, operations) -> operations.asJsonObject().keySet().stream()
                .filter(method -> List.of("get", "post", "put", "patch", "delete").contains(method))
                .forEach(method -> described.add(method.toUpperCase(Locale.ROOT) + " " + path.replaceAll("\\{[^}]+}", "{}"))));
        assertTrue(described.contains("GET /api/v1/work"), "the document names the calls as they are called: " + described);
        return described;
    }

    private static List<String> walk(Map<String, PortalSession> sessions, String page, String... expected) {
        List<String> wrong = new ArrayList<>();
        List<String> walkers = expected.length == 1 ? List.copyOf(sessions.keySet()) : WALKERS;
        for (int i = 0; i < walkers.size(); i++) {
            if (!expected[i].equals("-")) {
                try {
                    expect(wrong, walkers.get(i) + " " + page, expected[i], sessions.get(walkers.get(i)).getOnce(page).statusCode());
                } catch (Exception e) {
                    wrong.add(walkers.get(i) + " " + page + ": " + e);
                }
            }
        }
        return wrong;
    }

    private static void expect(List<String> wrong, String what, String expected, int status) {
        if (!expected.equals(String.valueOf(status))) {
            wrong.add(what + " → " + status + ", expected " + expected);
        }
    }

    /** A well-formed multipart body (boundary {@code b}) with one file of {@code size} bytes. */
    private static byte[] largeFilePart(int size) {
        byte[] head = ("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"large.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n--b--\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + size + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        Arrays.fill(body, head.length, head.length + size, (byte) 'a');
        System.arraycopy(tail, 0, body, head.length + size, tail.length);
        return body;
    }

    /** The first link to the page in the HTML, with its query, unescaped. */
    private static String firstLink(String html, String page) {
        Matcher link = Pattern.compile("href=\"(" + Pattern.quote(page) + "[^\"]*)\"").matcher(html);
        assertTrue(link.find(), "a link to " + page);
        return link.group(1).replace("&amp;", "&");
    }

    @Test
    void oneSessionLoadingPagesOverTwentyConnectionsAtOnceNeverFails() throws Exception {
        PortalSession lena = new PortalSession(base);
        lena.logIn("lena.fischer", PASSWORD);
        String request = "/requests/request.xhtml?id=" + firstRequestId(new ApiClient(base, "lena.fischer", PASSWORD));
        ExecutorService tabs = Executors.newFixedThreadPool(20);
        try {
            List<Future<List<String>>> loads = new ArrayList<>();
            for (int tab = 0; tab < 20; tab++) {
                loads.add(tabs.submit(() -> {
                    List<String> failed = new ArrayList<>();
                    for (int load = 0; load < 20; load++) {
                        int status = lena.getOnce(load % 4 == 0 ? "/requests/index.xhtml" : request).statusCode();
                        if (status != 200) {
                            failed.add(load + " → " + status);
                        }
                    }
                    return failed;
                }));
            }
            List<String> failed = new ArrayList<>();
            for (Future<List<String>> future : loads) {
                failed.addAll(future.get(3, TimeUnit.MINUTES));
            }
            assertEquals(List.of(), failed, "a page rendered while newer pages of the session push out its beans must not fail");
        } finally {
            tabs.shutdownNow();
        }
    }

    private static long firstRequestId(ApiClient requester) throws Exception {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(requester.get("/requests?scope=MINE&size=1").body());
        assertTrue(id.find());
        return Long.parseLong(id.group(1));
    }

    @Test
    void everyAuthenticatedRequestSeesItsRolesWhileOthersLogIn() throws Exception {
        Map<String, String> pageByUser = Map.of("lena.fischer", "/", "marco.rossi", "/insight/dashboard.xhtml",
                "hannah.weber", "/insight/culture.xhtml", "admin", "/admin/employees.xhtml");
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(pageByUser.size() + 2);
        try {
            for (int i = 0; i < 2; i++) {
                threads.submit(() -> {
                    while (loading.get()) {
                        new PortalSession(base).logIn("peter.lindqvist", PASSWORD);
                    }
                    return null;
                });
            }
            List<Future<List<String>>> failures = new ArrayList<>();
            for (var entry : pageByUser.entrySet()) {
                PortalSession session = new PortalSession(base);
                session.logIn(entry.getKey(), PASSWORD);
                failures.add(threads.submit(() -> {
                    List<String> failed = new ArrayList<>();
                    for (int load = 0; load < 40; load++) {
                        int status = session.getOnce(entry.getValue()).statusCode();
                        if (status != 200) {
                            failed.add(entry.getKey() + " " + entry.getValue() + " → " + status);
                        }
                    }
                    return failed;
                }));
            }
            List<String> failed = new ArrayList<>();
            for (Future<List<String>> future : failures) {
                failed.addAll(future.get(2, TimeUnit.MINUTES));
            }
            assertEquals(List.of(), failed);
        } finally {
            loading.set(false);
            threads.shutdown();
            threads.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    @Test
    void theApiAnswersEveryRefusalInJsonNeverAnHtmlPage() throws Exception {
        ApiClient lena = new ApiClient(base, "lena.fischer", PASSWORD);
        Map<String, HttpResponse<String>> refusals = new LinkedHashMap<>();
        refusals.put("404 no such call", lena.send("GET", "/no-such-call", null, "application/json", null));
        refusals.put("404 no such version", new ApiClient(base, "/api/v2", "lena.fischer", PASSWORD)
                .send("GET", "/requests", null, "application/json", null));
        refusals.put("405 method", lena.send("DELETE", "/requests", null, "application/json", null));
        refusals.put("406 accept", lena.send("GET", "/requests", null, "text/html", null));
        refusals.put("415 content type", lena.send("POST", "/requests", "text/plain", "application/json", "priority=P1"));
        refusals.put("413 a body larger than a call takes", lena.postAskingFirst("/requests",
                "{\"title\": \"" + "a".repeat(4 * 1024 * 1024) + "\"}"));
        for (var refusal : refusals.entrySet()) {
            HttpResponse<String> response = refusal.getValue();
            assertEquals(Integer.parseInt(refusal.getKey().substring(0, 3)), response.statusCode(), refusal.getKey() + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), refusal.getKey());
            assertTrue(response.body().startsWith("{") && response.body().contains("\"message\":"), refusal.getKey() + ": " + response.body());
        }
    }

    @Test
    void theApiTakesBasicCredentialsOnEachCallAndNeitherOpensNorAcceptsASession() throws Exception {
        HttpResponse<String> basic = new ApiClient(base, "lena.fischer", PASSWORD).get("/requests");
        assertEquals(200, basic.statusCode());
        assertTrue(basic.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                () -> "an API call opened a session: " + basic.headers().allValues("Set-Cookie"));

        PortalSession loggedIn = new PortalSession(base);
        loggedIn.logIn("lena.fischer", PASSWORD);
        HttpResponse<String> cookieOnly = loggedIn.getOnce("/api/v1/requests");
        assertEquals(401, cookieOnly.statusCode(), "the session cookie alone must not call the API");
        assertTrue(cookieOnly.headers().allValues("WWW-Authenticate").stream().anyMatch(c -> c.startsWith("Basic")));
        assertTrue(cookieOnly.headers().allValues("WWW-Authenticate").stream().anyMatch(c -> c.startsWith("Bearer")));
    }

    @Test
    void onlyAdministratorsOpenAdministrationPages() throws Exception {
        for (String user : new String[]{"lena.fischer", "marco.rossi", "hannah.weber"}) {
            PortalSession session = new PortalSession(base);
            session.logIn(user, PASSWORD);
            for (String page : new String[]{"/admin/employees.xhtml", "/admin/departments.xhtml", "/admin/import.xhtml",
                    "/admin/calendars.xhtml", "/admin/external-parties.xhtml"}) {
                HttpResponse<String> response = session.get(page);
                assertEquals(403, response.statusCode(), user + " " + page);
                assertTrue(response.body().contains("Not allowed"), user + " " + page);
            }
            assertEquals(200, session.get("/organisation/chart.xhtml").statusCode());
        }
        PortalSession admin = new PortalSession(base);
        admin.logIn("admin", PASSWORD);
        HttpResponse<String> employees = admin.get("/admin/employees.xhtml");
        assertEquals(200, employees.statusCode());
        assertTrue(employees.body().contains("Catherine Vogel"));
    }

    @Test
    void anUnknownPageAndAnUnknownRecordShowTheNotFoundPage() throws Exception {
        PortalSession admin = new PortalSession(base);
        admin.logIn("admin", PASSWORD);

        HttpResponse<String> page = admin.get("/no-such-page.xhtml");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("Page not found"));
        assertTrue(page.body().contains("components.css.xhtml?ln=primefaces"),
                "the layout's buttons keep their look on a page with no PrimeFaces component");
        assertEquals(404, admin.get("/admin/employee.xhtml?id=987654321").statusCode());
        assertEquals(404, admin.get("/feedback/letter.xhtml?id=987654321").statusCode());
        for (String malformed : List.of("/requests/request.xhtml?id=abc", "/requests/request.xhtml?id=99999999999999999999",
                "/feedback/letter.xhtml?id=1.5", "/feedback/write.xhtml?request=abc", "/agreements/agreement.xhtml?id=x",
                "/agreements/draft.xhtml?version=-", "/admin/employee.xhtml?id=abc", "/admin/department.xhtml?id=abc",
                "/admin/calendar.xhtml?id=abc", "/admin/external-party.xhtml?id=abc")) {
            HttpResponse<String> response = admin.get(malformed);
            assertEquals(404, response.statusCode(), malformed);
            assertTrue(response.body().contains("Page not found"), malformed);
        }
    }

    @Test
    void aFormPostedWithAnotherSessionsViewStateSaysThePageExpiredWithoutA500() throws Exception {
        PortalSession lena = new PortalSession(base);
        lena.logIn("lena.fischer", PASSWORD);
        String lenasViewState = PortalSession.viewState(lena.get("/feedback/write.xhtml"));
        PortalSession marco = new PortalSession(base);
        marco.logIn("marco.rossi", PASSWORD);

        HttpResponse<String> response = marco.post("/feedback/write.xhtml",
                Map.of("letter", "letter", "jakarta.faces.ViewState", lenasViewState));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Page expired"), response.body());
    }

    /** Posts no browser makes, as a replayed or hand-made request sends them: a page with a message, never an error page. */
    @Test
    void handMadeFormPostsGetAMessageNotAnErrorPage() throws Exception {
        PortalSession admin = new PortalSession(base);
        admin.logIn("admin", PASSWORD);
        String calendarPage = firstLink(admin.get("/admin/calendars.xhtml").body(), "/admin/calendar.xhtml?id=");
        HttpResponse<String> nul = postChanged(admin, calendarPage, "calendar:save", "calendar:name", "Head\u0000office");
        assertEquals(200, nul.statusCode(), "a NUL found as the calendar is written (a query flushed it first)");
        assertTrue(nul.body().contains("cannot be stored (NUL)"), nul.body());
        for (String impossible : List.of("2026-02-30", "2026-04-31")) {
            HttpResponse<String> holiday = postChanged(admin, calendarPage, "calendar:save", "calendar:holidays:0:holidayDate_input", impossible);
            assertEquals(200, holiday.statusCode(), "an impossible date is refused, not saved as the month's last day: " + impossible);
            assertTrue(holiday.body().contains("could not be understood as a date"), holiday.body());
        }
        HttpResponse<String> midnight = postChanged(admin, calendarPage, "calendar:save", "calendar:periods:0:end_input", "24:00");
        assertEquals(200, midnight.statusCode());
        assertTrue(midnight.body().contains("&#39;24:00&#39; could not be understood as a time")
                || midnight.body().contains("'24:00' could not be understood as a time"), "not read as 00:00: " + midnight.body());

        HttpResponse<String> notMultipart = postChanged(admin, "/admin/import.xhtml", "upload:preview", "upload:departmentsFile",
                "code,name\nOPS,Operations");
        assertEquals(200, notMultipart.statusCode(), "a file form posted without the multipart encoding");
        assertTrue(notMultipart.body().contains("Choose a file to upload."), notMultipart.body());

        for (String[] tampered : List.of(new String[] {"/feedback/index.xhtml", "feedback", "feedback:tabs_activeIndex", "x"},
                new String[] {"/feedback/write.xhtml", "letter", "letter:requestId_hinput", "NaN"},
                new String[] {"/profile.xhtml", "mail", "jakarta.faces.ViewState", "stateless"},
                new String[] {"/profile.xhtml", "mail", PortalSession.NONCE_FIELD, "forged"})) {
            Map<String, String> fields = PortalSession.formFields(admin.get(tampered[0]), tampered[1]);
            fields.put(tampered[2], tampered[3]);
            HttpResponse<String> stale = admin.post(tampered[0], fields);
            assertEquals(400, stale.statusCode(), "a field the page never sends: " + tampered[2] + " = " + tampered[3]);
            assertTrue(stale.body().contains("Page expired"), stale.body());
        }
        Map<String, String> forgedByAjax = PortalSession.formFields(admin.get("/profile.xhtml"), "mail");
        forgedByAjax.putAll(Map.of(PortalSession.NONCE_FIELD, "forged", "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "mail",
                "jakarta.faces.partial.execute", "@all", "jakarta.faces.partial.render", "@all"));
        HttpResponse<String> refusedAjax = admin.post("/profile.xhtml", forgedByAjax, Map.of("Faces-Request", "partial/ajax"));
        assertEquals(400, refusedAjax.statusCode(), "an ajax post with a forged script nonce: " + refusedAjax.body());
        assertTrue(refusedAjax.body().contains("Page expired"), refusedAjax.body());
        String departmentPage = firstLink(admin.get("/admin/departments.xhtml").body(), "/admin/department.xhtml?id=");
        Map<String, String> saved = PortalSession.formFields(admin.get(departmentPage), "department");
        saved.put("department:save", "");
        assertEquals(302, admin.post(departmentPage, saved).statusCode(), "saved, and on to the list");
        HttpResponse<String> again = admin.post(departmentPage, saved);
        assertEquals(400, again.statusCode(), "a second click on Save, whose first click ended the page's beans");
        assertTrue(again.body().contains("Page expired"), again.body());
        HttpResponse<String> ajaxByGet = admin.getOnce("/profile.xhtml", Map.of("Faces-Request", "partial/ajax"));
        assertEquals(400, ajaxByGet.statusCode(), "an ajax request comes by POST");
        assertEquals(400, admin.getOnce("/index.xhtml?jakarta.faces.partial.ajax=true").statusCode());
        HttpResponse<String> noBoundary = admin.postBody("/admin/import.xhtml", "multipart/form-data", "upload=upload");
        assertEquals(400, noBoundary.statusCode(), "a multipart post without its boundary");
        assertTrue(noBoundary.body().contains("could not be read"), noBoundary.body());
        PortalSession anyone = new PortalSession(base);
        byte[] overLimit = new byte[50 * 1024 * 1024 + 1];
        HttpResponse<String> announcedTooLarge = anyone.postBody("/login.xhtml", "multipart/form-data; boundary=b",
                HttpRequest.BodyPublishers.ofByteArray(overLimit));
        assertEquals(413, announcedTooLarge.statusCode(), "a form larger than the portal takes, refused before it is read");
        assertTrue(announcedTooLarge.body().contains("50 MB at most"), announcedTooLarge.body());
        HttpResponse<String> sentInChunks = anyone.postBody("/login.xhtml", "multipart/form-data; boundary=b",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(largeFilePart(overLimit.length))));
        assertEquals(400, sentInChunks.statusCode(), "the container stops reading at 50 MB when no length was announced");
        assertTrue(sentInChunks.body().contains("larger than 50 MB"), sentInChunks.body());

        String agreementPage = firstLink(admin.get("/agreements/index.xhtml").body(), "/agreements/agreement.xhtml?id=");
        HttpResponse<String> noVersion = postChanged(admin, agreementPage, "agreement:compare", "agreement:compareFrom_input", "");
        assertEquals(200, noVersion.statusCode(), "comparing with no version chosen compares the one shown");
        assertFalse(noVersion.body().contains("Something went wrong"), noVersion.body());

        ApiClient lena = new ApiClient(base, "lena.fischer", PASSWORD);
        Matcher ids = itServicesForFinance(lena);
        String logged = lena.post("/requests", "{\"agreementVersionId\":" + ids.group(1) + ",\"serviceId\":" + ids.group(2)
                + ",\"priority\":\"P3\",\"title\":\"Escalated with a NUL\",\"description\":\"Hand-made post\"}").headers()
                .firstValue("Location").orElseThrow();
        String requestPage = "/requests/request.xhtml?id=" + logged.substring(logged.lastIndexOf('/') + 1);
        PortalSession marco = new PortalSession(base);
        marco.logIn("marco.rossi", PASSWORD);
        Map<String, String> choose = PortalSession.formFields(marco.get(requestPage), "request");
        choose.put("request:escalateConsumer", "");
        Map<String, String> escalation = PortalSession.formFields(marco.post(requestPage, choose), "request");
        assertTrue(escalation.containsKey("request:comment"), escalation::toString);
        escalation.put("request:comment", "Still\u0000waiting");
        escalation.put("request:actSend", "");
        HttpResponse<String> refused = marco.post(requestPage, escalation);
        assertEquals(200, refused.statusCode(), "a NUL in an escalation's reason, whose field has another name on the page");
        assertTrue(refused.body().contains("cannot be stored (NUL)"), refused.body());
    }

    /** Presses a button of a page's form (named by the button's client id) with one of the form's fields changed. */
    private static HttpResponse<String> postChanged(PortalSession session, String page, String button, String field, String value)
            throws Exception {
        Map<String, String> fields = PortalSession.formFields(session.get(page), button.substring(0, button.indexOf(':')));
        assertTrue(fields.containsKey(field), () -> field + " is a field of " + page + ": " + fields.keySet());
        fields.put(field, value);
        fields.put(button, "");
        return session.post(page, fields);
    }

    @Test
    void reportsAnswerOnlyTheirRolesAndBadParametersGetAPageNotAnError() throws Exception {
        PortalSession hr = new PortalSession(base);
        hr.logIn("hannah.weber", PASSWORD);
        assertEquals(200, hr.get("/insight/culture.xhtml").statusCode());
        assertEquals(404, hr.get("/insight/tie.xhtml?a=x&b=1").statusCode(), "a malformed party is no such tie, not a 500");
        assertEquals(404, hr.get("/insight/tie.xhtml?a=987654321&b=987654322").statusCode());
        for (String noSuchDepartment : List.of("/insight/culture.xhtml?department=-1", "/insight/culture.xhtml?department=987654321",
                "/insight/dashboard.xhtml?department=-1", "/insight/dashboard.xhtml?department=987654321",
                "/insight/culture.pdf?department=0", "/insight/culture.pdf?department=x")) {
            assertEquals(404, hr.get(noSuchDepartment).statusCode(), noSuchDepartment + ": no such department, not a 500");
        }
        for (String noSuchFile : List.of("/insight/culture.xhtml?export=discipline", "/insight/culture.xhtml?export=discipline&format=pdf")) {
            assertEquals(404, hr.get(noSuchFile).statusCode(), noSuchFile + ": an export with no format it can make, not a 500");
        }
        HttpResponse<String> pdf = hr.get("/insight/culture.pdf");
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.body().startsWith("%PDF"), "the review as a PDF");
        HttpResponse<String> everyMonth = hr.get("/insight/culture.xhtml?from=0001-01&to=9999-12");
        assertEquals(200, everyMonth.statusCode());
        assertTrue(everyMonth.body().contains("Reports cover the months of the last two years"), "the page says which months it shows");
        assertTrue(everyMonth.body().length() < 1_000_000, () -> "two years of months, not 119,988: " + everyMonth.body().length());
        HttpResponse<String> everyMonthAsPdf = hr.get("/insight/culture.pdf?from=9999-12&to=0001-01");
        assertEquals(200, everyMonthAsPdf.statusCode());
        YearMonth now = YearMonth.now();
        assertEquals(Optional.of("inline; filename=\"culture-review-" + now.minusMonths(23) + "-" + now + ".pdf\""),
                everyMonthAsPdf.headers().firstValue("Content-Disposition"), "the PDF covers the same two years");
        PortalSession employee = new PortalSession(base);
        employee.logIn("lena.fischer", PASSWORD);
        assertEquals(403, employee.get("/insight/dashboard.xhtml").statusCode());
        assertEquals(403, employee.get("/insight/culture.pdf").statusCode());
        PortalSession head = new PortalSession(base);
        head.logIn("marco.rossi", PASSWORD);
        assertEquals(403, head.get("/insight/culture.xhtml").statusCode());
        assertEquals(200, head.get("/insight/dashboard.xhtml").statusCode());
    }

    @Test
    void anAgreementExportsAsAReadablePdf() throws Exception {
        PortalSession employee = new PortalSession(base);
        employee.logIn("lena.fischer", PASSWORD);
        Matcher link = Pattern.compile("agreement\\.xhtml\\?id=(\\d+)").matcher(employee.get("/agreements/index.xhtml").body());
        assertTrue(link.find(), "the agreement list links to agreements");

        HttpResponse<byte[]> pdf = employee.getBytes("/agreements/pdf?id=" + link.group(1));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        Set<String> fonts = EmbeddedFonts.onFirstPage(pdf.body());
        assertTrue(fonts.stream().allMatch(font -> font.contains("+Noto")), () -> "only embedded Noto subsets, not " + fonts);
        String terms = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertTrue(Pattern.compile("(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} [A-Z][a-z]{2} \\d{4}").matcher(terms).find(), terms);
        assertFalse(Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(terms).find(), () -> "dates in words, as on the page: " + terms);
        assertEquals(404, employee.getBytes("/agreements/pdf?id=987654321").statusCode());
    }

    // --- the JSON API ---------------------------------------------------------------------------------

    @Test
    void theApiAnswersOnlyToValidCredentials() throws Exception {
        HttpResponse<String> anonymous = new ApiClient(base, null, null).get("/requests");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().allValues("WWW-Authenticate").stream().anyMatch(c -> c.startsWith("Basic")));
        assertEquals(401, new ApiClient(base, "lena.fischer", "wrong").get("/requests").statusCode());
        HttpResponse<String> mine = new ApiClient(base, "lena.fischer", PASSWORD).get("/requests");
        assertEquals(200, mine.statusCode(), mine::body);
        assertTrue(mine.body().startsWith("["));
        assertTrue(mine.body().contains("\"number\":\"REQ-") && !mine.body().contains("getNumber"), mine.body());
    }

    @Test
    void theApiLogsARequestAndReadsItWithItsClocks() throws Exception {
        ApiClient lena = new ApiClient(base, "lena.fischer", PASSWORD);
        Matcher ids = itServicesForFinance(lena);

        HttpResponse<String> logged = lena.post("/requests", "{\"agreementVersionId\":" + ids.group(1) + ",\"serviceId\":"
                + ids.group(2) + ",\"priority\":\"P2\",\"title\":\"Docking station by API\",\"description\":\"Two screens.\"}");
        assertEquals(201, logged.statusCode(), logged::body);
        String location = logged.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> read = lena.get(location.substring(location.indexOf("/requests")));
        assertEquals(200, read.statusCode());
        assertTrue(read.body().contains("\"measure\":\"RESOLUTION\""), read.body());
        assertTrue(read.body().contains("\"kind\":\"SUBMITTED\""));
        assertEquals(404, new ApiClient(base, "laura.schmidt", PASSWORD).get(location.substring(location.indexOf("/requests")))
                .statusCode(), "Sales may not read Finance's request to IT");
    }

    @Test
    void aRetriedApiCallWithTheSameIdempotencyKeyLogsOneRequest() throws Exception {
        ApiClient lena = new ApiClient(base, "lena.fischer", PASSWORD);
        Matcher ids = itServicesForFinance(lena);
        String title = "Retried " + unique("");
        String body = "{\"agreementVersionId\":" + ids.group(1) + ",\"serviceId\":" + ids.group(2)
                + ",\"priority\":\"P3\",\"title\":\"" + title + "\",\"description\":\"Sent until answered.\"}";
        String key = "retry-" + unique("");
        ExecutorService clients = Executors.newFixedThreadPool(3);
        try {
            List<Future<HttpResponse<String>>> racing = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                racing.add(clients.submit(() -> lena.send("POST", "/requests", "application/json", "application/json", body, key)));
            }
            List<String> locations = new ArrayList<>();
            for (Future<HttpResponse<String>> call : racing) {
                HttpResponse<String> answer = call.get(1, TimeUnit.MINUTES);
                assertEquals(201, answer.statusCode(), answer.body());
                locations.add(answer.headers().firstValue("Location").orElseThrow());
            }
            HttpResponse<String> later = lena.send("POST", "/requests", "application/json", "application/json", body, key);
            assertEquals(201, later.statusCode(), later.body());
            locations.add(later.headers().firstValue("Location").orElseThrow());
            assertEquals(1, locations.stream().distinct().count(), "every call answers the one request: " + locations);
        } finally {
            clients.shutdownNow();
        }
        assertEquals(1, timesListed(lena, title));

        HttpResponse<String> badKey = lena.send("POST", "/requests", "application/json", "application/json", body, "x".repeat(65));
        assertEquals(400, badKey.statusCode());
        assertTrue(badKey.body().contains("\"field\":\"Idempotency-Key\""), badKey.body());
    }

    @Test
    void theLogARequestFormPostedTwiceAtOnceLogsOneRequest() throws Exception {
        PortalSession lena = new PortalSession(base);
        lena.logIn("lena.fischer", PASSWORD);
        Matcher ids = itServicesForFinance(new ApiClient(base, "lena.fischer", PASSWORD));
        String title = "Double click " + unique("");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("request", "request");
        form.put("request:agreement_input", ids.group(1));
        form.put("request:service_input", ids.group(2));
        form.put("request:priority", "P3");
        form.put("request:title", title);
        form.put("request:description", "Sent twice by a double click.");
        form.put("jakarta.faces.ViewState", PortalSession.viewState(lena.get("/requests/new.xhtml")));
        assertEquals(200, lena.post("/requests/new.xhtml", ajax(form, "request:agreement", "request:agreement", "valueChange")).statusCode(),
                "the provider chosen, as the page does on change");

        Map<String, String> submit = ajax(form, "request:submit", "request", null);
        submit.put("request:submit", "request:submit");
        ExecutorService clicks = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResponse<String>> first = clicks.submit(() -> lena.post("/requests/new.xhtml", submit));
            Future<HttpResponse<String>> second = clicks.submit(() -> lena.post("/requests/new.xhtml", submit));
            String firstAnswer = first.get(1, TimeUnit.MINUTES).body();
            String secondAnswer = second.get(1, TimeUnit.MINUTES).body();
            Matcher redirect = Pattern.compile("<redirect url=\"[^\"]*id=(\\d+)").matcher(firstAnswer);
            assertTrue(redirect.find(), firstAnswer);
            assertTrue(secondAnswer.contains("id=" + redirect.group(1) + "\""), "the second post leads to the same request: " + secondAnswer);
            assertEquals(200, lena.post("/requests/new.xhtml", submit).statusCode(), "a third, once the page was left, is ignored");
        } finally {
            clicks.shutdownNow();
        }
        assertEquals(1, timesListed(new ApiClient(base, "lena.fischer", PASSWORD), title), "one request logged");
    }

    @Test
    void aRequestSentWhileThePortalCannotBeReachedSaysSoKeepsWhatWasTypedAndIsLoggedOnceSentAgain() throws Exception {
        String title = "Sent from a tunnel " + unique("");
        try (Browser browser = Browser.open(base)) {
            fillInLenasRequest(browser, title, "Typed before the connection went.");
            assertFalse(browser.isShown("#portal-unreachable"), "no alert while the portal answers");

            browser.setReachable(false);
            browser.click("#request\\:submit");
            assertTrue(browser.eventually(Duration.ofSeconds(10), () -> browser.isShown("#portal-unreachable")),
                    "the person is told the form did not reach the portal");
            assertTrue(browser.text("#portal-unreachable").contains("not saved"), browser.text("#portal-unreachable"));
            assertEquals(title, browser.find("#request\\:title").getAttribute("value"), "what was typed is still there");
            assertTrue(browser.eventually(Duration.ofSeconds(5), () -> browser.find("#request\\:submit").isEnabled()),
                    "the button can be clicked again");
            browser.screenshot("request-sent-unreachable");
            browser.screenshotAtPhoneSize("request-sent-unreachable-phone");
            browser.find("#portal-unreachable .portal-float-alert-close").click();
            assertFalse(browser.isShown("#portal-unreachable"), "the person can close the alert");

            browser.setReachable(true);
            browser.click("#request\\:submit");
            browser.waitForText("logged");
            assertFalse(browser.isShown("#portal-unreachable"), "the request's page has no alert");
        }
        assertEquals(1, timesListed(new ApiClient(base, "lena.fischer", PASSWORD), title), "one request logged, once it reached the portal");
    }

    @Test
    void aFormSentFromAPageThePortalNoLongerHoldsSaysThePageIsOutOfDateKeepsWhatWasTypedAndOpensItAgain() throws Exception {
        String title = "Typed in an old tab " + unique("");
        try (Browser browser = Browser.open(base)) {
            fillInLenasRequest(browser, title, "Typed before other tabs pushed this page out of the session.");
            // more pages opened elsewhere in the session than it keeps (com.sun.faces.numberOfLogicalViews)
            Object opened = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                    var done = arguments[arguments.length - 1];
                    (async function () {
                        for (var i = 0; i < 12; i++) {
                            await fetch('new.xhtml');
                        }
                    })().then(function () { done('opened'); }, function (failure) { done(String(failure)); });
                    """);
            assertEquals("opened", opened);

            browser.click("#request\\:submit");
            assertTrue(browser.eventually(Duration.ofSeconds(10), () -> browser.isShown("#portal-out-of-date")),
                    "the person is told the page is out of date");
            assertFalse(browser.isShown("#portal-unreachable"), "not that the portal could not be reached");
            assertTrue(browser.text("#portal-out-of-date").contains("not saved"), browser.text("#portal-out-of-date"));
            assertEquals(title, browser.find("#request\\:title").getAttribute("value"), "what was typed is still there");
            browser.screenshot("request-sent-out-of-date");
            browser.screenshotAtPhoneSize("request-sent-out-of-date-phone");

            browser.click("#portal-out-of-date .portal-reload");
            assertTrue(browser.eventually(Duration.ofSeconds(10), () -> titleIsEmpty(browser)), "the page is opened again");
            assertFalse(browser.isShown("#portal-out-of-date"), "and says nothing is wrong");
        }
        assertEquals(0, timesListed(new ApiClient(base, "lena.fischer", PASSWORD), title),
                "nothing logged from the page the portal no longer held");
    }

    /** How often {@code title} appears in the API's list of the person's own requests. */
    private static int timesListed(ApiClient person, String title) throws Exception {
        return person.get("/requests?scope=MINE&size=200").body().split(Pattern.quote(title), -1).length - 1;
    }

    /** Lena's "log a request" form, filled in and not yet sent. */
    private static void fillInLenasRequest(Browser browser, String title, String description) {
        PortalPages portal = new PortalPages(browser);
        portal.logIn("lena.fischer", PASSWORD);
        browser.visit("/requests/new.xhtml");
        portal.selectOneMenu("request\\:agreement", "Information Technology — IT services for Finance");
        browser.type("#request\\:title", title);
        browser.type("#request\\:description", description);
    }

    private static boolean titleIsEmpty(Browser browser) {
        try {
            return browser.find("#request\\:title").getAttribute("value").isEmpty();
        } catch (StaleElementReferenceException reloading) {
            return false;
        }
    }

    /** A form's fields as PrimeFaces posts them for an ajax event of {@code source}. */
    private static Map<String, String> ajax(Map<String, String> form, String source, String execute, String event) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", execute);
        fields.put("jakarta.faces.partial.render", "request");
        if (event != null) {
            fields.put("jakarta.faces.behavior.event", event);
            fields.put("jakarta.faces.partial.event", event);
        }
        return fields;
    }

    @Test
    void theApiRefusesBadInputWithAMessageNamingTheField() throws Exception {
        ApiClient lena = new ApiClient(base, "lena.fischer", PASSWORD);
        HttpResponse<String> notJson = lena.post("/requests", "{ this is not json");
        assertEquals(400, notJson.statusCode());
        assertTrue(notJson.body().contains("\"message\""), notJson.body());

        HttpResponse<String> unknown = lena.post("/requests", "{\"agreementVersionId\":987654321,\"serviceId\":1,"
                + "\"priority\":\"P2\",\"title\":\"x\",\"description\":\"y\"}");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("\"field\":\"agreementVersionId\""), unknown.body());

        for (String notAnId : List.of("1.5", "99999999999999999999", "\"one\"")) {
            HttpResponse<String> fraction = lena.post("/requests", "{\"agreementVersionId\":" + notAnId + ",\"serviceId\":1,"
                    + "\"priority\":\"P2\",\"title\":\"x\",\"description\":\"y\"}");
            assertEquals(400, fraction.statusCode(), notAnId);
            assertTrue(fraction.body().contains("whole number"), "an id is never rounded to another record's: " + fraction.body());
        }

        HttpResponse<String> badPriority = lena.post("/requests", "{\"agreementVersionId\":1,\"serviceId\":1,"
                + "\"priority\":\"P9\",\"title\":\"x\",\"description\":\"y\"}");
        assertEquals(400, badPriority.statusCode());
        assertTrue(badPriority.body().contains("\"field\":\"priority\""), badPriority.body());
        HttpResponse<String> pastedPriority = lena.post("/requests", "{\"agreementVersionId\":1,\"serviceId\":1,"
                + "\"priority\":\"" + "P".repeat(10_000) + "\",\"title\":\"x\",\"description\":\"y\"}");
        assertEquals(400, pastedPriority.statusCode());
        assertTrue(pastedPriority.body().contains("P…") && pastedPriority.body().length() < 300,
                "a refusal repeats the beginning of a long value, not all of it: " + pastedPriority.body().length() + " characters");

        Matcher ids = itServicesForFinance(lena);
        String title = "Printer " + unique("");
        HttpResponse<String> nul = lena.post("/requests", "{\"agreementVersionId\":" + ids.group(1) + ",\"serviceId\":" + ids.group(2)
                + ",\"priority\":\"P3\",\"title\":\"" + title + "\\u0000\",\"description\":\"y\"}");
        assertEquals(400, nul.statusCode(), nul.body());
        assertTrue(nul.body().contains("\"field\":\"title\""), "a NUL no database keeps is refused by name on H2 as on PostgreSQL: " + nul.body());
        assertFalse(lena.get("/requests?scope=MINE&size=100").body().contains(title), "and nothing of it is stored");
        HttpResponse<String> halfPair = lena.post("/requests", "{\"agreementVersionId\":" + ids.group(1) + ",\"serviceId\":"
                + ids.group(2) + ",\"priority\":\"P3\",\"title\":\"" + title + "\",\"description\":\"broken \\ud800 text\"}");
        assertEquals(400, halfPair.statusCode(), halfPair.body());
        assertTrue(halfPair.body().contains("\"field\":\"description\"") && halfPair.body().contains("UTF-16"),
                "half a surrogate pair, which PostgreSQL's driver would store as '?', is refused by name: " + halfPair.body());

        HttpResponse<String> wrongKinds = lena.post("/requests", "{\"agreementVersionId\":" + ids.group(1) + ",\"serviceId\":"
                + ids.group(2) + ",\"priority\":\"P3\",\"title\":[\"" + title + "\"],\"description\":\"y\"}");
        assertEquals(400, wrongKinds.statusCode(), wrongKinds.body());
        assertTrue(wrongKinds.body().contains("\"field\":\"title\"") && !wrongKinds.body().contains("java."),
                "a list where a text belongs is named in the API's words, not JSON-B's: " + wrongKinds.body());
        HttpResponse<String> impossibleDate = lena.post("/requests", "{\"agreementVersionId\":" + ids.group(1) + ",\"serviceId\":"
                + ids.group(2) + ",\"priority\":\"P3\",\"title\":\"" + title + "\",\"description\":\"y\",\"requestedDue\":\"2026-02-30\"}");
        assertEquals(400, impossibleDate.statusCode(), impossibleDate.body());
        assertTrue(impossibleDate.body().contains("\"field\":\"requestedDue\"") && impossibleDate.body().contains("YYYY-MM-DD"),
                impossibleDate.body());
        for (String query : List.of("size=abc", "size=0", "first=-1", "first=99999999999", "first=x&size=10")) {
            HttpResponse<String> badPage = lena.get("/requests?scope=MINE&" + query);
            String parameter = query.substring(0, query.indexOf('='));
            assertEquals(400, badPage.statusCode(), query + ": " + badPage.body());
            assertTrue(badPage.body().contains("\"field\":\"" + parameter + "\""), query + ": " + badPage.body());
        }

        HttpResponse<String> farDue = lena.post("/requests", "{\"agreementVersionId\":" + ids.group(1) + ",\"serviceId\":"
                + ids.group(2) + ",\"priority\":\"P3\",\"title\":\"" + title + "\",\"description\":\"y\","
                + "\"requestedDue\":\"9999-12-31\"}");
        assertEquals(400, farDue.statusCode(), farDue.body());
        assertTrue(farDue.body().contains("\"field\":\"requestedDue\"") && farDue.body().contains("2099-12-31"),
                "a date far beyond any plan is refused where it enters: " + farDue.body());
    }

    @Test
    void anAdministratorImportsAHistoricalRequestAndAnImpossibleOrderIsRefused() throws Exception {
        ApiClient lena = new ApiClient(base, "lena.fischer", PASSWORD);
        Matcher ids = itServicesForFinance(lena);
        String head = "{\"agreementVersionId\":" + ids.group(1) + ",\"serviceId\":" + ids.group(2)
                + ",\"requester\":\"lena.fischer\",\"priority\":\"P3\",\"title\":\"Imported laptop request\","
                + "\"description\":\"From the old spreadsheet\",\"submittedAt\":\"2026-03-02T08:00:00Z\",\"events\":[";
        String good = head + "{\"kind\":\"ACKNOWLEDGED\",\"at\":\"2026-03-02T09:00:00Z\",\"actor\":\"priya.nair\"},"
                + "{\"kind\":\"RESOLVED\",\"at\":\"2026-03-03T10:00:00Z\",\"actor\":\"priya.nair\",\"text\":\"Replaced\"},"
                + "{\"kind\":\"CONFIRMED\",\"at\":\"2026-03-03T12:00:00Z\",\"actor\":\"lena.fischer\"}]}";
        String impossible = head + "{\"kind\":\"ANSWERED\",\"at\":\"2026-03-02T09:00:00Z\",\"actor\":\"lena.fischer\",\"text\":\"?\"}]}";

        assertEquals(403, lena.post("/requests/import", good).statusCode(), "only administrators import");
        ApiClient admin = new ApiClient(base, "admin", PASSWORD);
        HttpResponse<String> imported = admin.post("/requests/import", good);
        assertEquals(201, imported.statusCode(), imported::body);
        assertTrue(imported.body().contains("\"status\":\"CLOSED\""), imported.body());
        assertTrue(imported.body().contains("\"state\":\"MET\""), "its clocks are computed by the same code");
        String location = imported.headers().firstValue("Location").orElse("");
        assertTrue(location.matches(".*/api/v1/requests/\\d+"), "the imported request's own address: " + location);
        assertEquals(200, admin.get(location.substring(location.indexOf("/requests/"))).statusCode());

        HttpResponse<String> refused = admin.post("/requests/import", impossible);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("\"field\":\"events[0]\""), refused.body());
        HttpResponse<String> refusedInGerman = admin.inLanguage("de").post("/requests/import", impossible);
        assertTrue(json(refused.body()).getString("message").startsWith("ANSWERED cannot happen here: "), refused.body());
        String englishReason = json(refused.body()).getString("message").replaceFirst("^ANSWERED cannot happen here: ", "");
        assertTrue(json(refusedInGerman.body()).getString("message").startsWith("ANSWERED kann hier nicht geschehen: ")
                && !refusedInGerman.body().contains(englishReason),
                "the event's refusal in German, its reason too: " + refusedInGerman.body() + " / " + refused.body());

        HttpResponse<String> noPriority = admin.post("/requests/import", good.replace("\"priority\":\"P3\"", "\"priority\":null"));
        assertEquals(400, noPriority.statusCode(), noPriority.body());
        assertTrue(noPriority.body().contains("\"field\":\"priority\""), noPriority.body());
        HttpResponse<String> noKind = admin.post("/requests/import", good.replace("\"kind\":\"ACKNOWLEDGED\"", "\"kind\":null"));
        assertEquals(400, noKind.statusCode(), noKind.body());
        assertTrue(noKind.body().contains("\"field\":\"events[0].kind\""), noKind.body());
        HttpResponse<String> ancient = admin.post("/requests/import", good.replace("2026-03-03T10:00", "1026-03-03T10:00"));
        assertEquals(400, ancient.statusCode());
        assertTrue(ancient.body().contains("\"field\":\"events[1].at\""), ancient.body());
        String acknowledged = "{\"kind\":\"ACKNOWLEDGED\",\"at\":\"2026-03-02T09:00:00Z\",\"actor\":\"priya.nair\"}";
        HttpResponse<String> endless = admin.post("/requests/import",
                head + String.join(",", Collections.nCopies(RequestHistoryImport.MAX_EVENTS + 1, acknowledged)) + "]}");
        assertEquals(400, endless.statusCode(), endless.body());
        assertTrue(endless.body().contains("\"field\":\"events\"") && endless.body().contains("at most 1,000 events; this one has 1,001"),
                endless.body());
    }

    @Test
    void hundredsOfBadInputsThroughTheApiGetA4xxWithAMessageAndWriteNothing() throws Exception {
        ApiClient lena = new ApiClient(base, "lena.fischer", PASSWORD);
        ApiClient admin = new ApiClient(base, "admin", PASSWORD);
        // under HR's agreement, so that the requests it is right to accept stay out of the IT queue other journeys read
        Matcher ids = Pattern.compile("\\{\"agreementVersionId\":(\\d+),\"label\":\"Human Resources[^}]*?\"services\":\\[\\{\"id\":(\\d+)")
                .matcher(lena.get("/agreements/askable").body());
        assertTrue(ids.find(), "Finance may ask HR");
        Map<String, String> request = new LinkedHashMap<>();
        request.put("agreementVersionId", ids.group(1));
        request.put("serviceId", ids.group(2));
        request.put("priority", "\"P3\"");
        request.put("title", "\"Probed request\"");
        request.put("description", "\"Sent to see what comes back\"");
        request.put("requestedDue", "\"2026-12-18\"");
        Map<String, String> history = new LinkedHashMap<>(request);
        history.put("requester", "\"lena.fischer\"");
        history.put("submittedAt", "\"2026-03-02T08:00:00Z\"");
        Map<String, String> firstEvent = new LinkedHashMap<>();
        firstEvent.put("kind", "\"PRIORITY_CHANGED\"");
        firstEvent.put("at", "\"2026-03-02T09:00:00Z\"");
        firstEvent.put("actor", "\"samuel.ortiz\"");
        firstEvent.put("text", "\"More urgent\"");
        firstEvent.put("priority", "\"P2\"");
        firstEvent.put("assignee", "\"samuel.ortiz\"");
        String laterEvents = ",{\"kind\":\"RESOLVED\",\"at\":\"2026-03-03T10:00:00Z\",\"actor\":\"samuel.ortiz\",\"text\":\"Done\"}]}";
        String historyHead = BadInputs.json(history).replaceAll("}$", ",\"events\":[");

        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        // the field each call spoiled, by its place in calls; null where no one field is at fault
        List<String> spoiledFields = new ArrayList<>();
        for (BadInputs.Spoiled spoiled : BadInputs.eachFieldSpoiled(request, "", "", "")) {
            calls.add(() -> lena.post("/requests", spoiled.body()));
            spoiledFields.add(spoiled.field());
        }
        history.put("events", "[" + BadInputs.json(firstEvent) + laterEvents.substring(0, laterEvents.length() - 1));
        List<BadInputs.Spoiled> imports = new ArrayList<>(BadInputs.eachFieldSpoiled(history, "", "", ""));
        imports.addAll(BadInputs.eachFieldSpoiled(firstEvent, historyHead, laterEvents, "events[0]."));
        for (BadInputs.Spoiled spoiled : imports) {
            calls.add(() -> admin.post("/requests/import", spoiled.body()));
            spoiledFields.add(spoiled.field());
        }
        for (String body : BadInputs.malformedBodies()) {
            calls.add(() -> lena.post("/requests", body));
            calls.add(() -> admin.post("/requests/import", body));
            spoiledFields.add(null);
            spoiledFields.add(null);
        }
        calls.add(() -> lena.send("POST", "/requests", "text/plain", "application/json", BadInputs.json(request)));
        calls.add(() -> lena.send("POST", "/requests", "application/json", "text/html", BadInputs.json(request)));
        spoiledFields.add(null);
        spoiledFields.add(null);
        assertTrue(calls.size() >= 300, "at least 300 bad inputs: " + calls.size());
        long mineBefore = countMine(lena);
        HttpResponse<String> goodRequest = lena.post("/requests", BadInputs.json(request));
        assertEquals(201, goodRequest.statusCode(), () -> "the unspoiled request is accepted: " + goodRequest.body());
        HttpResponse<String> goodHistory = admin.post("/requests/import", BadInputs.json(history));
        assertEquals(201, goodHistory.statusCode(), () -> "the unspoiled history is accepted: " + goodHistory.body());

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<HttpResponse<String>>> answers = pool.invokeAll(calls);
        pool.shutdown();

        int created = 0;
        for (int i = 0; i < answers.size(); i++) {
            HttpResponse<String> response = answers.get(i).get();
            String spoiled = spoiledFields.get(i);
            String sent = response.request().method() + " " + response.request().uri() + (spoiled == null ? "" : ", " + spoiled + " spoiled");
            assertTrue(response.statusCode() < 500, () -> sent + " answered " + response.statusCode() + ": " + response.body());
            assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), () -> sent + ": " + response.body());
            if (response.statusCode() == 201) {
                created++;
            } else {
                assertTrue(response.statusCode() >= 400 && response.body().contains("\"message\""), () -> sent + ": " + response.body());
            }
            if (response.statusCode() == 400 && spoiled != null) {
                assertTrue(response.body().contains("\"field\":\"" + spoiled), () -> sent + ", refused without naming it: " + response.body());
            }
        }
        assertEquals(mineBefore + 2 + created, countMine(lena), "a refused call writes nothing; each accepted one writes one request");
        assertTrue(new PortalSession(base).logIn("lena.fischer\u0000", PASSWORD).body().contains("Unknown username or wrong password."),
                "a NUL in the login form is an unknown name, on PostgreSQL too");
    }

    /** How many requests Lena logged (her own and those imported for her), counted page by page. */
    private static long countMine(ApiClient lena) throws Exception {
        long count = 0;
        for (int first = 0; ; first += 100) {
            String page = lena.get("/requests?scope=MINE&size=100&first=" + first).body();
            long onPage = Pattern.compile("\"number\":").matcher(page).results().count();
            count += onPage;
            if (onPage < 100) {
                return count;
            }
        }
    }

    // --- in the browser --------------------------------------------------------------------------

    @Test
    void everyDemoRoleLogsInAndOut() {
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            Map<String, String> users = Map.of("employee", "lena.fischer", "department-head", "marco.rossi",
                    "hr", "hannah.weber", "admin", "admin");
            browser.visit("/");
            browser.screenshot("login-page");
            for (var user : users.entrySet()) {
                portal.logIn(user.getValue(), PASSWORD);
                assertTrue(browser.isShown("#home-me"), user.getValue());
                browser.screenshot("home-" + user.getKey());
                portal.logOut();
            }
            assertTrue(browser.currentPath().startsWith("/login.xhtml"));
        }
    }

    @Test
    void anAdministratorCreatesADepartmentAndAnEmployee() {
        String code = unique("QA");
        String name = "Quality Assurance " + code;
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            AdministrationPages administration = new AdministrationPages(portal);
            portal.logIn("admin", PASSWORD);

            administration.createDepartment("IT", name);
            assertTrue(browser.text(".ui-message-error").contains("Code IT is already used by Information Technology."),
                    browser::pageText);
            assertEquals("IT", administration.departmentCode(), "what was typed stays in the field");
            browser.screenshot("department-duplicate-code");
            administration.correctDepartment(code, "Executive Office (EXEC)");
            browser.waitForText("Department " + name + " saved.");
            administration.searchListFor(code, name);
            browser.screenshot("department-created");

            String username = code.toLowerCase() + ".tester";
            administration.fillEmployee(username, "Tess Tester", "not-an-email", name + " (" + code + ")");
            administration.saveEmployeeExpecting("Give an e-mail address such as name@example.org.");
            browser.screenshot("employee-invalid-email");
            administration.typeEmployeeEmail("tess.tester@servicepact.example");
            administration.saveEmployeeExpecting("Employee Tess Tester saved.");
            administration.searchListFor(username, username);
            browser.screenshot("employee-created");
        }
    }

    @Test
    void aDeactivationOrARoleTakenAwayCountsOnTheEmployeesNextRequest() throws Exception {
        String code = unique("LV");
        String username = code.toLowerCase() + ".leaver";
        String fullName = "Lee Leaver " + code;
        String password = "leaving-" + code;
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            AdministrationPages admin = new AdministrationPages(portal);
            portal.logIn("admin", PASSWORD);
            admin.createEmployeeAndOpen(username, fullName, "Information Technology (IT)");
            admin.setPassword(fullName, password);
            admin.saveEmployee(fullName, "HR", false);

            PortalSession leaver = new PortalSession(base);
            assertTrue(leaver.logIn(username, password).body().contains("id=\"home-hr\""), "HR's home after login");
            assertEquals(200, leaver.getOnce("/insight/culture.xhtml").statusCode());
            ApiClient api = new ApiClient(base, username, password);
            assertEquals(200, api.get("/requests").statusCode());

            admin.openEmployee(username);
            admin.saveEmployee(fullName, "HR", false);
            assertEquals(403, leaver.getOnce("/insight/culture.xhtml").statusCode(), "HR taken away counts on the next request");
            assertEquals(200, leaver.getOnce("/").statusCode());

            admin.openEmployee(username);
            admin.saveEmployee(fullName, null, true);
            browser.screenshot("employee-deactivated");
            HttpResponse<String> afterDeactivation = leaver.getOnce("/");
            assertEquals(302, afterDeactivation.statusCode(), "a deactivated employee's session is out at once");
            assertTrue(afterDeactivation.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
            assertEquals(401, api.get("/requests").statusCode(), "and so are their API calls");
            assertTrue(new PortalSession(base).logIn(username, password).body().contains("Unknown username or wrong password."));
        }
    }

    @Test
    void anAdministratorImportsCsvFilesAndSeesTheBadRowReported(@TempDir Path files) throws Exception {
        String code = unique("OPS");
        Path departments = files.resolve("departments.csv");
        Files.writeString(departments, "code,name,parent_code,head_username,calendar\n"
                + code + ",Operations " + code + ",EXEC," + code.toLowerCase() + ".lead,Head office\n");
        Path badEmployees = files.resolve("employees-bad.csv");
        Files.writeString(badEmployees, "username,full_name,job_title,email,phone,department_code,supervisor_username\n"
                + code.toLowerCase() + ".lead,Olivia Ops,Head of Operations,olivia@servicepact.example,,"
                + code + ",catherine.vogel\n"
                + code.toLowerCase() + ".clerk,Oscar Ops,Clerk,oscar@servicepact.example,," + code + ",nobody.here\n");
        Path goodEmployees = files.resolve("employees.csv");
        Files.writeString(goodEmployees, Files.readString(badEmployees).replace("nobody.here", code.toLowerCase() + ".lead"));

        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            AdministrationPages administration = new AdministrationPages(portal);
            portal.logIn("admin", PASSWORD);
            browser.visit("/admin/import.xhtml");
            administration.previewImport(departments, badEmployees, "1 wrong");
            portal.assertPageShows("Unknown supervisor \"nobody.here\"");
            assertFalse(administration.isImportConfirmable());
            browser.screenshot("import-bad-row");

            administration.previewImport(departments, goodEmployees, "3 to create, 0 to change, 0 unchanged, 0 wrong.");
            administration.confirmImport("Import finished: 3 rows written.");
            browser.screenshot("import-done");

            browser.visit("/admin/departments.xhtml");
            administration.searchListFor(code, "Olivia Ops");

            // the new head is found among the department's own people by name
            administration.openDepartment(code);
            List<String> suggested = administration.headSuggestions("Os");
            assertEquals(List.of("Oscar Ops (" + code.toLowerCase() + ".clerk, " + code + ")"), suggested);
            browser.screenshot("department-head-search");
            administration.appointHead("Oscar", "Oscar Ops");
            browser.waitForText("Department Operations " + code + " saved.");
            administration.searchListFor(code, "Oscar Ops");
        }
    }

    @Test
    void theSecondOfTwoAdministratorsEditingTheSameEmployeeIsRefused() {
        try (Browser first = Browser.open(base); Browser second = Browser.open(base)) {
            PortalPages firstPortal = new PortalPages(first);
            PortalPages secondPortal = new PortalPages(second);
            AdministrationPages firstAdmin = new AdministrationPages(firstPortal);
            AdministrationPages secondAdmin = new AdministrationPages(secondPortal);
            firstPortal.logIn("admin", PASSWORD);
            secondPortal.logIn("admin", PASSWORD);
            firstAdmin.openEmployee("sofia.berg");
            secondAdmin.openEmployee("sofia.berg");
            firstAdmin.typeEmployeeJobTitle("Senior Network Engineer");
            firstAdmin.saveEmployeeExpecting("Employee Sofia Berg saved.");

            secondAdmin.typeEmployeePhone("+49 30 5550 0000");
            secondAdmin.saveEmployeeExpecting("Someone else changed this record");
            second.screenshot("employee-concurrent-edit");
        }
    }

    @Test
    void twoHeadsNegotiateAnAgreementAndAnEmployeeReadsBothSides() {
        String title = "Purchasing systems " + unique("");
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            AgreementPages agreements = new AgreementPages(portal);

            portal.logIn("marco.rossi", PASSWORD);
            draftPurchasingSupportForProcurement(agreements, title);
            browser.screenshot("agreement-draft");
            agreements.propose();
            agreements.acceptFor("Information Technology");
            browser.screenshot("agreement-proposed");
            portal.logOut();

            portal.logIn("stefan.becker", PASSWORD);
            browser.visit("/agreements/index.xhtml");
            assertTrue(browser.text("#waiting").contains(title), "the proposal waits for the other head");
            portal.followNotice("A proposal waits for your decision: " + title);
            browser.screenshot("agreement-notice-proposal-waiting");
            assertTrue(agreements.status().startsWith("Proposed"), "the notice leads to the proposal: " + agreements.status());
            agreements.sendBack("Tender notice of 10 days for P4 is too long for us: make it 5.");
            assertTrue(agreements.status().startsWith("Draft"), agreements.status());
            browser.screenshot("agreement-sent-back");
            portal.logOut();

            portal.logIn("marco.rossi", PASSWORD);
            portal.followNotice(title + " (version 1) was sent back to draft: Tender notice of 10 days");
            portal.assertPageShows("Tender notice of 10 days for P4 is too long for us");
            agreements.editDraft();
            agreements.changeTargetOfLastCommitment(4, "5");
            agreements.propose();
            agreements.acceptFor("Information Technology");
            portal.logOut();

            portal.logIn("stefan.becker", PASSWORD);
            agreements.open(title);
            agreements.acceptFor("Procurement");
            assertTrue(agreements.status().startsWith("Active"), agreements.status());
            for (String date : List.of(browser.text("#effectiveFrom"), browser.text("#reviewDate"))) {
                assertTrue(date.matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} [A-Z][a-z]{2} \\d{4}"), "a date in words, as elsewhere: " + date);
            }
            browser.screenshot("agreement-active");
            portal.logOut();

            portal.logIn("marco.rossi", PASSWORD);
            portal.followNotice(title + " (version 1) is in force from");
            assertTrue(agreements.status().startsWith("Active"), agreements.status());
            browser.screenshot("agreement-notice-in-force");
            portal.logOut();

            portal.logIn("lena.fischer", PASSWORD);
            agreements.open(title);
            assertTrue(browser.text("#side-PROVIDER").contains("Acknowledge every request"));
            assertTrue(browser.text("#side-CONSUMER").contains("Give notice of tenders"));
            assertTrue(browser.text("#side-CONSUMER").contains("P4 5"));
            assertFalse(agreements.mayRenegotiate(), "an employee reads but does not negotiate");
            browser.screenshot("agreement-read-by-employee");
        }
    }

    @Test
    void aRequestIsWorkedBothWaysUntilTheRequesterConfirmsIt() {
        String title = "Laptop battery " + unique("");
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            RequestPages requests = new RequestPages(portal);

            portal.logIn("lena.fischer", PASSWORD);
            assertTrue(requests.chooseAgreementAndPreview("Information Technology — IT services for Finance").contains("Resolution"),
                    "the due times show before submitting");
            assertEquals(List.of("P1 · critical", "P2 · high", "P3 · normal", "P4 · low"), requests.priorityChoices(),
                    "each priority says what it is for");
            browser.screenshot("request-new");
            LocalDate wantedBy = LocalDate.now().plusMonths(2);
            String page = requests.log("Information Technology — IT services for Finance", title, "The battery lasts twenty minutes.",
                    wantedBy, "logged");
            assertEquals("New", requests.status());
            assertEquals("P3 · normal", requests.priority(), "the priority as the form named it");
            assertEquals(DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH).format(wantedBy), requests.requestedDue(),
                    "the requested date in the portal's words");
            portal.logOut();

            portal.logIn("priya.nair", PASSWORD);
            requests.openListTab("queueTab", title);
            browser.visit(page);
            requests.act("acknowledge", null, "Acknowledged.");
            requests.act("ask", "Which model is it?", "Question sent");
            assertEquals("Waiting on the requester", requests.status());
            browser.screenshot("request-question");
            portal.logOut();

            requests.actAs("lena.fischer", PASSWORD, page, "answer", "A ThinkPad T14.", "Answered");
            requests.actAs("priya.nair", PASSWORD, page, "resolve", "Battery replaced.", "Resolved");
            requests.actAs("lena.fischer", PASSWORD, page, "reopen", "It still dies after an hour.", "Reopened");
            requests.actAs("priya.nair", PASSWORD, page, "resolve", "Charger replaced as well.", "Resolved");

            portal.logIn("lena.fischer", PASSWORD);
            browser.visit(page);
            requests.act("confirm", null, "Confirmed and closed");
            assertEquals("Closed", requests.status());
            assertTrue(requests.clocks("CONSUMER").contains("Confirming the resolution #2"), requests.clocks("CONSUMER"));
            assertTrue(requests.clocks("CONSUMER").contains("Not flagged"),
                    "a completeness clock never flagged is shown as such, not as met: " + requests.clocks("CONSUMER"));
            portal.assertPageShows("It still dies after an hour.");
            browser.screenshot("request-closed");
        }
    }

    @Test
    void theRequesterAsksForTheSupervisorWhoIsToldAndAcknowledges() {
        String title = "Printer jammed " + unique("");
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            RequestPages requests = new RequestPages(portal);

            portal.logIn("lena.fischer", PASSWORD);
            String page = requests.log("Information Technology — IT services for Finance", title, "The month-end printer is jammed.");
            assertEquals("none asked for", requests.requestedDue());
            portal.logOut();
            requests.actAs("priya.nair", PASSWORD, page, "take", null, "Assigned.");

            portal.logIn("lena.fischer", PASSWORD);
            browser.visit(page);
            requests.act("escalate", "The month-end close is blocked without the printer.", "Escalated");
            String escalation = requests.escalations();
            assertTrue(escalation.contains("Escalated to: Marco Rossi"), escalation);
            assertTrue(escalation.contains("marco.rossi@servicepact.example"), "the contact details show");
            assertTrue(escalation.contains("Their supervisor: Catherine Vogel"), "and whom to go to next");
            browser.screenshot("escalation-raised");
            portal.logOut();

            portal.logIn("marco.rossi", PASSWORD);
            assertFalse(portal.bell().isBlank(), "the bell counts what is new");
            requests.openListTab("escalatedTab", title);
            browser.visit(page);
            String pasted = "Priya has it. " + "x".repeat(2000);
            requests.sendEscalationAcknowledgement(pasted);
            browser.waitForText("At most 2,000 characters.");
            assertEquals(pasted, requests.escalationAcknowledgementTyped(), "what was typed stays, to be shortened");
            assertTrue(requests.escalations().contains("Waiting for acknowledgement"), requests.escalations());
            browser.screenshot("escalation-acknowledgement-too-long");
            requests.acknowledgeEscalation("Priya has priority on it; fixed by noon.");
            assertTrue(requests.escalations().contains("Priya has priority on it"));
            browser.screenshot("escalation-acknowledged");
            portal.markAllNoticesRead();
            browser.screenshot("bell-all-read");
            assertTrue(portal.bell().isBlank(), "nothing new once all is marked read");
        }
    }

    @Test
    void bothSidesRateARequestAndThenSeeEachOthersRating() {
        String title = "Docking station " + unique("");
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            RequestPages requests = new RequestPages(portal);
            FeedbackPages feedback = new FeedbackPages(portal);

            portal.logIn("lena.fischer", PASSWORD);
            String page = requests.log("Information Technology — IT services for Finance", title, "The docking station is dead.");
            portal.logOut();
            requests.actAs("priya.nair", PASSWORD, page, "acknowledge", null, "Acknowledged.");

            portal.logIn("priya.nair", PASSWORD);
            browser.visit(page);
            requests.act("resolve", "New docking station on your desk.", "Resolved");
            // the rating form comes with the resolution, on the page as it is
            feedback.sendForgedScore("respect", "abc");
            browser.waitForText("A score is from 1 to 5.");
            browser.screenshot("rating-forged-score-refused");
            feedback.rate(Map.of("respect", 5, "clarity", 3, "responsiveness", 4, "fairness", 5), "Clear enough, answered quickly.");
            assertTrue(feedback.theirRating().contains("Not rated yet"), feedback.theirRating());
            browser.screenshot("rating-assignee-rated");
            portal.logOut();

            portal.logIn("lena.fischer", PASSWORD);
            browser.visit("/feedback/index.xhtml");
            browser.waitForText(title);
            browser.screenshot("feedback-to-give");
            browser.visit(page);
            assertTrue(feedback.theirRating().contains("They have rated you"), "blind until Lena rates: " + feedback.theirRating());
            assertFalse(feedback.theirRating().contains("Clear enough"));
            // closed by her confirmation, the request's acts leave the page's view; she rates on the same page
            requests.act("confirm", null, "Confirmed and closed");
            assertFalse(browser.isShown("#request\\:acts"), "a closed request has no acts");
            feedback.rate(Map.of("respect", 5, "helpfulness", 4, "integrity", 5, "workmanship", 4), "Fixed the same morning.");
            String priyasRating = feedback.theirRating();
            assertTrue(priyasRating.contains("Clarity of the request") && priyasRating.contains("3 / 5"), priyasRating);
            assertTrue(priyasRating.contains("Clear enough, answered quickly."), priyasRating);
            browser.screenshot("rating-both-sides-requester");
            portal.logOut();

            portal.logIn("priya.nair", PASSWORD);
            browser.visit(page);
            String lenasRating = feedback.theirRating();
            assertTrue(lenasRating.contains("Helpfulness") && lenasRating.contains("Fixed the same morning."), lenasRating);
            browser.screenshot("rating-both-sides-assignee");
        }
    }

    @Test
    void anEmployeeWritesAComplimentAndTheSupervisorAcknowledgesIt() {
        String subject = "Daniel saved our month-end " + unique("");
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            FeedbackPages feedback = new FeedbackPages(portal);

            portal.logIn("fatima.rahman", PASSWORD);
            feedback.writeAboutPerson("Compliment", "okafor", "Daniel Okafor", subject,
                    "He stayed late to restore the reporting share before the close.");
            assertTrue(browser.text("#addressee").contains("Priya Nair"), "a letter about Daniel goes to his supervisor");
            assertEquals("Waiting for acknowledgement", feedback.letterStatus());
            browser.screenshot("letter-compliment-sent");
            portal.logOut();

            portal.logIn("priya.nair", PASSWORD);
            assertFalse(portal.bell().isBlank(), "the bell tells Priya");
            feedback.openLetter("toMeTab", subject);
            feedback.acknowledgeLetter("Thank you, I have told Daniel and the team.");
            assertEquals("Closed", feedback.letterStatus());
            portal.assertPageShows("Thank you, I have told Daniel and the team.");
            browser.screenshot("letter-compliment-acknowledged");
            portal.logOut();

            portal.logIn("daniel.okafor", PASSWORD);
            feedback.openLetter("aboutMeTab", subject);
            portal.assertPageShows("He stayed late to restore the reporting share");
            browser.screenshot("letter-compliment-read-by-subject");
        }
    }

    @Test
    void anEmployeeComplainsAboutADepartmentFoundByNameAndItsHeadIsAddressed() {
        String subject = "Meeting rooms never booked " + unique("");
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            FeedbackPages feedback = new FeedbackPages(portal);
            portal.logIn("lena.fischer", PASSWORD);

            List<String> suggested = feedback.writeAboutDepartment("Complaint", "facil", subject,
                    "Three times this month the room we booked was taken.");
            assertEquals(List.of("Facilities (FAC)"), suggested);
            browser.screenshot("letter-about-department-picker");
            // suggestions left open would keep their desktop width on the phone
            portal.closeSuggestions("#letter\\:aboutDepartment_input");
            browser.toPhoneSize();
            browser.scrollTo("#letter\\:aboutDepartment_input");
            browser.screenshot("letter-about-department-picker-phone");
            assertEquals(0, browser.horizontalOverflow(), "the letter's form fits the phone");
            browser.toDesktopSize();

            feedback.pickDepartment("facil", "Facilities (FAC)");
            feedback.send();
            assertTrue(browser.text("#addressee").contains("Peter Lindqvist"), "a letter about Facilities goes to its head");
            browser.screenshot("letter-about-department-sent");
        }
    }

    @Test
    void theAgreementListNarrowsToAPartyFoundByName() {
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            portal.logIn("lena.fischer", PASSWORD);
            browser.visit("/agreements/index.xhtml");
            List<String> all = agreementRows(browser);
            assertTrue(all.stream().anyMatch(row -> !row.contains("Facilities")), () -> "agreements without Facilities: " + all);

            portal.pickSuggestion("#list\\:party_input", "facil", "Facilities");
            assertTrue(browser.eventually(Duration.ofSeconds(10), () -> agreementRows(browser).stream().allMatch(row -> row.contains("Facilities"))),
                    () -> "only agreements with Facilities on a side: " + agreementRows(browser));
            assertFalse(agreementRows(browser).isEmpty());
            browser.screenshot("agreements-narrowed-to-a-party");

            browser.type("#list\\:party_input", "");
            browser.waitForAjax();
            assertTrue(browser.eventually(Duration.ofSeconds(10), () -> agreementRows(browser).equals(all)),
                    () -> "every agreement again once the party is cleared: " + agreementRows(browser));
        }
    }

    @Test
    void anAdministratorStartsAnAgreementForADepartmentFoundByNameAndAHeadFindsTheirOwnChosen() {
        String title = "Desk moves " + unique("");
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            portal.logIn("marco.rossi", PASSWORD);
            browser.visit("/agreements/new.xhtml");
            assertEquals("Information Technology (IT)", browser.find("#agreement\\:ownDepartment_input").getAttribute("value"),
                    "a head of one department starts with it chosen");
            portal.logOut();

            portal.logIn("admin", PASSWORD);
            browser.visit("/agreements/new.xhtml");
            portal.pickSuggestion("#agreement\\:counterpart_input", "Finance", "Finance");
            browser.type("#agreement\\:title", title);
            browser.click("#agreement\\:create");
            browser.waitForAjax();
            assertEquals("This is required.", browser.driver().findElement(By.xpath(
                    "//*[@id='agreement:ownDepartment']/following-sibling::*[contains(@class, 'ui-message')][1]")).getText().strip(),
                    "no department chosen: said beside it");
            browser.screenshot("agreement-new-own-department-required");
            List<String> found = portal.suggestionsFor("#agreement\\:ownDepartment_input", "facil");
            assertEquals(List.of("Facilities (FAC)"), found, "any department, found by part of its name");
            browser.screenshot("agreement-new-own-department-search");

            // on a phone from the start: suggestions opened at desktop size keep their desktop width (PrimeFaces)
            browser.toPhoneSize();
            browser.visit("/agreements/new.xhtml");
            portal.suggestionsFor("#agreement\\:ownDepartment_input", "facil");
            browser.screenshot("agreement-new-own-department-search-phone");
            assertEquals(0, browser.horizontalOverflow(), "the picker and its suggestions fit the phone");
            browser.toDesktopSize();
            browser.visit("/agreements/new.xhtml");
            portal.pickSuggestion("#agreement\\:counterpart_input", "Finance", "Finance");
            browser.type("#agreement\\:title", title);
            portal.pickSuggestion("#agreement\\:ownDepartment_input", "facil", "Facilities");
            browser.click("#agreement\\:create");
            browser.waitForText("started as a draft");
            assertTrue(browser.text("main").contains("Facilities"), () -> browser.text("main"));
        }
    }

    private static List<String> agreementRows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#list\\:agreements_data tr")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aReportsDepartmentIsFoundByNameAndTheReportStaysAnAddress() {
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            InsightPages insight = new InsightPages(portal);
            portal.logIn("marco.rossi", PASSWORD);
            browser.visit("/insight/dashboard.xhtml");
            assertEquals("Information Technology (IT)", insight.pickedDepartment());
            assertEquals(List.of("Information Technology (IT)"), insight.departmentsSuggestedFor("n"),
                    "a head finds only the departments they head");
            portal.logOut();

            portal.logIn("grace.mensah", PASSWORD);
            browser.visit("/insight/dashboard.xhtml");
            new Select(browser.find("#from")).selectByIndex(3);
            List<String> months = insight.chosenMonths();
            assertEquals(List.of("Facilities (FAC)"), insight.departmentsSuggestedFor("facil"));
            browser.screenshot("dashboard-department-picker");
            insight.pickDepartment("facil", "Facilities");
            assertTrue(browser.currentPath().matches("/insight/dashboard\\.xhtml\\?department=\\d+&from=.*"), browser.currentPath());
            assertTrue(browser.text("h1").contains("Facilities"), () -> browser.text("h1"));
            assertEquals("Facilities (FAC)", insight.pickedDepartment());
            assertEquals(months, insight.chosenMonths(), "the months chosen before the department are kept");
            String facilities = browser.currentPath();

            browser.visit("/insight/culture.xhtml");
            assertEquals("", insight.pickedDepartment(), "the whole organisation at first");
            insight.pickDepartment("FAC", "Facilities");
            assertTrue(browser.currentPath().contains(facilities.substring(facilities.indexOf("department="), facilities.indexOf('&'))),
                    "the review of the same department: " + browser.currentPath());
            browser.screenshot("culture-review-one-department-picked");
            insight.showAllDepartments();
            assertEquals("", insight.pickedDepartment());

            browser.toPhoneSize();
            browser.visit("/insight/dashboard.xhtml");
            assertEquals(List.of("Facilities (FAC)"), insight.departmentsSuggestedFor("facil"));
            browser.screenshot("dashboard-department-picker-phone");
            assertEquals(0, browser.horizontalOverflow(), "the picker and the months fit a phone");
        }
    }

    @Test
    void hrOpensTheMatrixClicksATieAndReadsBothDirections() throws Exception {
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            InsightPages insight = new InsightPages(portal);
            portal.logIn("grace.mensah", PASSWORD);
            insight.openCultureReview("Information Technology");
            assertTrue(browser.isShown("#healthExplained"), "the page says what a colour means");
            portal.assertPageShows("averages over at least 5 different people");
            browser.screenshot("culture-review-matrix");
            insight.scrollToPrinciples();
            browser.screenshot("culture-review-principles");
            insight.scrollToHotSpots();
            browser.screenshot("culture-review-hot-spots");
            insight.openTie("Facilities ⇄ Information Technology");
            String directions = insight.tieDirections();
            assertTrue(directions.contains("Facilities serves Information Technology"), directions);
            assertTrue(directions.contains("Information Technology serves Facilities"), directions);
            assertTrue(directions.contains("Provider compliance") && directions.contains("Escalations about the consumer"), directions);
            assertFalse(browser.text("#healthScore").isBlank());
            browser.screenshot("tie-page");
            insight.scrollToTieTrends();
            browser.screenshot("tie-page-trends");
            String csv = insight.tieDirectionsCsv();
            assertTrue(csv.contains("Information Technology serves Facilities") && csv.contains("First-time resolution"), csv);
            assertFalse(csv.contains("#{"), "values, not expressions: " + csv);
        }
    }

    @Test
    void aHeadOpensTheDashboardAndExportsATable() throws Exception {
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            InsightPages insight = new InsightPages(portal);
            portal.logIn("marco.rossi", PASSWORD);
            portal.openMenu("Dashboard");
            browser.waitForText("As provider");
            insight.waitForDashboardTies("Information Technology");
            DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
            assertEquals(List.of(month.format(YearMonth.now().minusMonths(5)), month.format(YearMonth.now())), insight.chosenMonths(),
                    "the last six months, named in words");
            browser.screenshot("dashboard-head");
            browser.scrollTo("#asConsumer");
            browser.screenshot("dashboard-head-as-consumer");
            insight.scrollToDashboardTies();
            browser.screenshot("dashboard-head-ties");
            String csv = insight.dashboardTiesCsv();
            assertTrue(csv.contains("Provider compliance") && csv.contains("Information Technology"), csv);
            assertFalse(csv.contains("#{"), "values, not expressions: " + csv);
            try (XSSFWorkbook workbook = new XSSFWorkbook(insight.dashboardTiesXlsx().toFile())) {
                Sheet ties = workbook.getSheetAt(0);
                assertEquals("Requests", ties.getRow(0).getCell(2).getStringCellValue());
                assertEquals(CellType.NUMERIC, ties.getRow(1).getCell(2).getCellType(), "a count is a number in the workbook");
            }
            assertTrue(insight.dueAgreementsCsv().contains("Review"), "every table of the dashboard exports");
            assertEquals("ascending", insight.sortTiesBy("Requests"));
            List<Long> requests = insight.tiesColumn(3).stream().map(Long::valueOf).toList();
            assertEquals(requests.stream().sorted().toList(), requests, "sorted by its address, fewest requests first");
            assertEquals("descending", insight.sortTiesBy("Requests"));
            // read again rather than compared with the first read: the rollup may bring a tie's figures up to date in between
            List<Long> descending = insight.tiesColumn(3).stream().map(Long::valueOf).toList();
            assertEquals(descending.stream().sorted(Comparator.reverseOrder()).toList(), descending, "most requests first");
            assertEquals(requests.size(), descending.size(), "the same ties, in the other order");
            assertTrue(browser.currentPath().contains("tiesSort=requests&tiesOrder=desc"), browser.currentPath());
            insight.scrollToDashboardTies();
            browser.screenshot("dashboard-head-ties-sorted");
            browser.toPhoneSize();
            assertEquals(List.of("Provider", "Consumer", "Requests (sorted descending)"), insight.tiesSortLinksOnAPhone(),
                    "on a phone, whose cards hide the headings, the table sorts by links above it");
            assertEquals(0, browser.horizontalOverflow(), "the ties table fits a phone as cards");
            browser.screenshot("dashboard-head-ties-phone");
            browser.toDesktopSize();
            browser.visit("/insight/dashboard.xhtml?from=1999-01&to=2999-12");
            portal.assertPageShows("Reports cover the months of the last two years");
            assertEquals(List.of(month.format(YearMonth.now().minusMonths(23)), month.format(YearMonth.now())), insight.chosenMonths(),
                    "an address asking for a thousand years shows the two years the menus offer, and the menus say which");
            browser.screenshot("dashboard-head-period-adjusted");
            browser.visit("/insight/culture.xhtml");
            browser.waitForText("Not allowed");
            browser.screenshot("culture-review-refused-to-a-head");
        }
    }

    @Test
    void aBreachEscalatesByItselfAndTheSupervisorAcknowledges() throws Exception {
        String title = "Forgotten request " + unique("");
        ApiClient lena = new ApiClient(base, "lena.fischer", PASSWORD);
        Matcher ids = itServicesForFinance(lena);
        Instant threeDaysAgo = lena.portalTime("/agreements/askable").minus(Duration.ofDays(3));
        HttpResponse<String> imported = new ApiClient(base, "admin", PASSWORD).post("/requests/import",
                "{\"agreementVersionId\":" + ids.group(1) + ",\"serviceId\":" + ids.group(2) + ",\"requester\":\"lena.fischer\","
                        + "\"priority\":\"P1\",\"title\":\"" + title + "\",\"description\":\"Nobody answered.\","
                        + "\"submittedAt\":\"" + threeDaysAgo + "\",\"events\":[{\"kind\":\"ASSIGNED\",\"at\":\""
                        + threeDaysAgo.plusSeconds(60) + "\",\"actor\":\"priya.nair\",\"assignee\":\"priya.nair\"}]}");
        assertEquals(201, imported.statusCode(), imported::body);

        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            RequestPages requests = new RequestPages(portal);
            portal.logIn("marco.rossi", PASSWORD);
            boolean escalated = browser.eventually(Duration.ofSeconds(120), () -> requests.listTabShows("escalatedTab", title));
            assertTrue(escalated, "the watcher escalates the breach to Priya's supervisor within its minute");
            browser.screenshot("breach-escalated-list");
            browser.driver().findElements(By.linkText(title)).stream().findFirst()
                    .or(() -> browser.driver().findElements(By.partialLinkText("REQ-")).stream()
                            .filter(link -> link.findElement(By.xpath("./ancestor::tr")).getText().contains(title)).findFirst())
                    .orElseThrow().click();
            browser.waitForAjax();
            String escalations = requests.escalations();
            assertTrue(escalations.contains("Escalated automatically to the supervisor"), escalations);
            requests.acknowledgeEscalation("Seen: Priya takes it first thing.");
            browser.screenshot("breach-escalation-acknowledged");
        }
    }

    @Test
    void theOrganisationChartShowsDepartmentsHeadsAndReportingLines() {
        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            portal.logIn("lena.fischer", PASSWORD);
            browser.visit("/organisation/chart.xhtml");
            portal.assertPageShows("Catherine Vogel");
            portal.chooseReportingLinesOf("Information Technology (IT)");
            browser.waitForText("Priya Nair");
            portal.assertPageShows("Service Desk Lead");
            browser.screenshot("organisation-chart");
        }
    }

    /**
     * An organisation of more departments than the chart draws at once: it shows one department and those directly
     * under it, at most a hundred, and goes down and up by links.
     */
    @Test
    void aLargeOrganisationsChartGoesDownAndUpADepartmentAtATime(@TempDir Path files) throws Exception {
        String region = unique("REG");
        StringBuilder departments = new StringBuilder("code,name,parent_code,head_username,calendar\n")
                .append(region).append(",Region ").append(region).append(",,,\n");
        // a region at the top of the organisation, Unit 001 … Unit 145 under it, and five teams under Unit 001
        for (int unit = 1; unit <= 145; unit++) {
            departments.append(region).append('U').append(unit).append(String.format(",Unit %03d,", unit)).append(region).append(",,\n");
        }
        for (int team = 1; team <= 5; team++) {
            departments.append(region).append('T').append(team).append(",Team ").append(team).append(',').append(region).append("U1,,\n");
        }
        Path departmentsFile = files.resolve("departments.csv");
        Files.writeString(departmentsFile, departments);
        Path noEmployees = files.resolve("employees.csv");
        Files.writeString(noEmployees, "username,full_name,job_title,email,phone,department_code,supervisor_username\n");

        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            portal.logIn("admin", PASSWORD);
            browser.visit("/admin/import.xhtml");
            AdministrationPages administration = new AdministrationPages(portal);
            administration.previewImport(departmentsFile, noEmployees, "151 to create");
            administration.confirmImport("Import finished");
            portal.logOut();

            portal.logIn("lena.fischer", PASSWORD);
            browser.visit("/organisation/chart.xhtml");
            assertTrue(browser.text("#centred").contains("too many to draw at once"), () -> browser.text("#centred"));
            List<String> top = portal.chartBoxes();
            assertEquals("ServicePact", top.get(0), "the region stands at the top beside the Executive Office: " + top);
            assertTrue(top.stream().anyMatch(box -> box.startsWith("EXEC Executive Office Catherine Vogel")), top::toString);
            assertTrue(top.contains(region + " Region " + region + " no head 145 departments under it"), top::toString);
            assertFalse(browser.isShown("#up"), "nothing above the top");
            browser.screenshot("organisation-chart-large-top");

            portal.goDownFrom(region);
            List<String> units = portal.chartBoxes();
            assertEquals(102, units.size(), "the region, its first hundred units and a box for the rest: " + units);
            assertEquals(region + "U1 Unit 001 no head 5 departments under it", units.get(1));
            assertEquals(region + "U100 Unit 100 no head", units.get(100));
            assertEquals("… and 45 more (the first 100 are listed)", units.get(101));
            browser.screenshot("organisation-chart-large-region");
            browser.screenshotAtPhoneSize("organisation-chart-large-region-phone");

            portal.goDownFrom(region + "U1");
            assertEquals(List.of(region + "U1 Unit 001 no head", region + "T1 Team 1 no head", region + "T2 Team 2 no head",
                    region + "T3 Team 3 no head", region + "T4 Team 4 no head", region + "T5 Team 5 no head"), portal.chartBoxes());
            assertEquals("Up to the department above", browser.text("#up"));
            portal.goUpTheChart();
            assertEquals(units, portal.chartBoxes(), "back at the region");
            assertEquals("Up to the top of the organisation", browser.text("#up"));
            portal.goUpTheChart();
            assertEquals(top, portal.chartBoxes(), "back at the top");

            List<String> found = portal.suggestionsFor("#reporting\\:department_input", region + "u1");
            assertEquals(15, found.size(), () -> "the first 15 of the 57 whose code holds it: " + found);
            assertEquals(List.of("Unit 001 (" + region + "U1)", "Unit 010 (" + region + "U10)"), found.subList(0, 2));
            assertTrue(found.stream().allMatch(label -> label.contains(region + "U1")), found::toString);
            browser.screenshot("organisation-chart-department-picker");

            browser.visit("/organisation/chart.xhtml?unit=999999999");
            portal.assertPageShows("Page not found");
        }
    }

    /**
     * A department larger than the chart shows whole: its lines open a level at a time, each level showing its
     * first hundred by name and saying how many more there are.
     */
    @Test
    void aLargeDepartmentsReportingLinesOpenALevelAtATime(@TempDir Path files) throws Exception {
        String code = unique("BIG");
        String prefix = code.toLowerCase() + ".";
        Path departments = files.resolve("departments.csv");
        Files.writeString(departments, "code,name,parent_code,head_username,calendar\n"
                + code + ",Large " + code + ",EXEC," + prefix + "p0,Head office\n");
        StringBuilder employees = new StringBuilder("username,full_name,job_title,email,phone,department_code,supervisor_username\n");
        // Member 001 … Member 150 under Aaron Large; Member 151 … Member 259 under Member 001; Member 260 … Member 358
        // one each under Member 002 … Member 100, so that every row of the first level has a line of its own to open
        for (int i = 0; i < 359; i++) {
            String supervisor = i == 0 ? "catherine.vogel" : prefix + "p" + (i <= 150 ? 0 : i < 260 ? 1 : i - 258);
            String name = i == 0 ? "Aaron Large" : String.format("Member %03d", i);
            employees.append(prefix).append('p').append(i).append(',').append(name).append(",Clerk,p").append(i)
                    .append("@servicepact.example,,").append(code).append(',').append(supervisor).append('\n');
        }
        Path employeesFile = files.resolve("employees.csv");
        Files.writeString(employeesFile, employees);

        try (Browser browser = Browser.open(base)) {
            PortalPages portal = new PortalPages(browser);
            portal.logIn("admin", PASSWORD);
            browser.visit("/admin/import.xhtml");
            AdministrationPages administration = new AdministrationPages(portal);
            administration.previewImport(departments, employeesFile, "360 to create");
            administration.confirmImport("Import finished");
            portal.logOut();

            portal.logIn("lena.fischer", PASSWORD);
            browser.visit("/organisation/chart.xhtml");
            portal.chooseReportingLinesOf("Large " + code + " (" + code + ")");
            browser.waitForText("Member 100");
            List<String> rows = portal.reportingLineRows();
            assertEquals(102, rows.size(), () -> rows.toString());
            assertEquals("Aaron Large", rows.get(0));
            assertEquals("Member 001", rows.get(1));
            assertEquals("… and 50 more (the first 100 are listed)", rows.get(101));
            assertFalse(rows.contains("Member 151"), "Member 001's line is closed");
            browser.scrollTo("#reporting\\:people_data .portal-hint");
            browser.screenshot("organisation-chart-large-department");

            portal.openReportingLineOf("Member 001");
            browser.waitForText("Member 250");
            List<String> opened = portal.reportingLineRows();
            assertEquals(203, opened.size(), () -> opened.toString());
            assertEquals(List.of("Member 001", "Member 151"), opened.subList(1, 3));
            assertEquals("… and 9 more (the first 100 are listed)", opened.get(102));
            assertEquals("Member 002", opened.get(103));
            browser.scrollTo("#reporting\\:people_data .portal-hint");
            browser.screenshot("organisation-chart-large-department-opened");
            browser.screenshotAtPhoneSize("organisation-chart-large-department-phone");
        }
    }
}
