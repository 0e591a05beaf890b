package org.servicepact.portal;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every request the portal confirmed (201) survives a {@code kill -9} of the server at any moment: four API
 * clients log requests, the server is killed right after a confirmation, restarted on the same database, and
 * every confirmed request must be there; twice. Runs the real Payara Micro as its own process on the database
 * of the build (embedded H2 in a fresh directory, or a fresh PostgreSQL database with {@code -Ppostgresql}).
 * Started as the Quick start starts it ({@code docker/preboot-h2.asadmin}), its first start also shows that the
 * banner names the portal's address on this machine, that the data grid of a single node listens on the loopback
 * interface only, and that a signed-in person's pages leave no warning in its log.
 */
class CrashDurabilityIT {

    private static final String PASSWORD = "servicepact";
    private static final String REQUESTER = "lena.fischer";
    private static final int CLIENTS = 4;
    private static final int CONFIRMATIONS_BEFORE_KILL = 12;
    /** How long one boot may take: the first, seeding a fresh PostgreSQL database, once passed 4 minutes on a slow CI machine. */
    private static final Duration BOOT_LIMIT = Duration.ofMinutes(8);

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String postgresDatabase = "servicepact_crash_" + System.currentTimeMillis();
    private Process server;
    private int port;
    private int boots;

    @AfterEach
    void stopServerAndDropDatabase() throws Exception {
        if (server != null) {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (onPostgres()) {
            try (Connection admin = postgres("postgres"); Statement sql = admin.createStatement()) {
                sql.execute("DROP DATABASE IF EXISTS " + postgresDatabase);
            }
        }
    }

    @Test
    void everyConfirmedRequestSurvivesAKillNineDuringABurstOfWrites() throws Exception {
        if (onPostgres()) {
            try (Connection admin = postgres("postgres"); Statement sql = admin.createStatement()) {
                sql.execute("CREATE DATABASE " + postgresDatabase);
            }
        }
        port = freePort();
        start();
        assertSingleNodeBanner();
        assertPagesLeaveNoWarningInTheLog();
        String body = newRequestBody();
        Set<Long> confirmed = new HashSet<>();
        for (int round = 1; round <= 2; round++) {
            confirmed.addAll(burstUntilKilled(body, "round " + round));
            start();
            Set<Long> stored = requestsOf(REQUESTER);
            List<Long> lost = confirmed.stream().filter(id -> !stored.contains(id)).sorted().toList();
            assertEquals(List.of(), lost, "confirmed requests lost after kill -9 number " + round
                    + " (of " + confirmed.size() + " confirmed)");
        }
        assertTrue(confirmed.size() >= 2 * CONFIRMATIONS_BEFORE_KILL, "the bursts wrote " + confirmed.size());
    }

    /** Four clients log requests until the server is killed, right after the twelfth confirmation. */
    private List<Long> burstUntilKilled(String body, String round) throws Exception {
        ConcurrentLinkedQueue<Long> confirmed = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int client = 0; client < CLIENTS; client++) {
            clients.submit(() -> {
                while (!killed.get()) {
                    try {
                        HttpResponse<String> response = call("POST", "/api/v1/requests", body);
                        if (response.statusCode() == 201) {
                            confirmed.add(json(response.body()).getJsonNumber("id").longValue());
                        }
                    } catch (IOException refusedOnceKilled) {
                        return null;
                    }
                }
                return null;
            });
        }
        Instant limit = Instant.now().plus(Duration.ofMinutes(2));
        while (confirmed.size() < CONFIRMATIONS_BEFORE_KILL) {
            if (Instant.now().isAfter(limit)) {
                fail(round + ": only " + confirmed.size() + " requests confirmed in two minutes");
            }
            Thread.sleep(5);
        }
        server.destroyForcibly();
        killed.set(true);
        server.waitFor(30, TimeUnit.SECONDS);
        clients.shutdown();
        assertTrue(clients.awaitTermination(1, TimeUnit.MINUTES), round + ": the clients stopped");
        return new ArrayList<>(confirmed);
    }

    /**
     * Payara Micro names the portal's address after the data grid's network interface (README, The first start):
     * the Quick start's configuration binds the grid to the loopback interface, so the banner names this machine
     * (localhost), not the address of its network card.
     */
    private void assertSingleNodeBanner() throws Exception {
        Path log = work.resolve("server-" + boots + ".log");
        String heading = "Payara Micro URLs:\n";
        Instant limit = Instant.now().plus(Duration.ofMinutes(1));
        while (!Files.readString(log).contains(heading) && Instant.now().isBefore(limit)) {
            Thread.sleep(200);
        }
        String text = Files.readString(log);
        assertTrue(text.contains(heading), "the banner lists the portal's address: " + log);
        URI named = URI.create(text.substring(text.indexOf(heading) + heading.length()).lines().findFirst().orElseThrow());
        assertTrue(InetAddress.getByName(named.getHost()).isLoopbackAddress() && named.getPort() == port,
                "the banner names " + named + ", not this machine's portal: " + log);
        assertTrue(text.contains("Address: /127.0.0.1:"), "the data grid listens on the loopback interface: " + log);
    }

    /**
     * A signed-in person's pages write nothing to the log: a filter that asked the request for a parameter before Faces
     * set its character encoding made the container log a warning for every page a signed-in person opened. Nor do
     * refused posts (an expired page, a field the page never sends), which the container logged with their stack traces.
     */
    private void assertPagesLeaveNoWarningInTheLog() throws Exception {
        PortalSession lena = new PortalSession(URI.create("http://localhost:" + port + "/").toURL());
        lena.logIn(REQUESTER, PASSWORD);
        for (String page : List.of("/", "/requests/index.xhtml?tab=mine&scope=all", "/profile.xhtml")) {
            assertEquals(200, lena.get(page).statusCode(), page);
        }
        Path log = work.resolve("server-" + boots + ".log");
        String warning = "Unable to set request character encoding";
        assertTrue(Files.readString(log).lines().noneMatch(line -> line.contains(warning)), "the pages logged \"" + warning
                + "\": " + log);

        int logged = Files.readString(log).length();
        for (String viewState : List.of("-1:-1", "stateless")) {
            Map<String, String> fields = PortalSession.formFields(lena.get("/profile.xhtml"), "mail");
            fields.put("jakarta.faces.ViewState", viewState);
            assertEquals(400, lena.post("/profile.xhtml", fields).statusCode(), "a refused post: " + viewState);
        }
        String afterThePosts = Files.readString(log).substring(logged);
        assertTrue(!afterThePosts.contains("Exception") && !afterThePosts.contains("\tat "),
                "a refused post logged a stack trace: " + afterThePosts);
    }

    private String newRequestBody() throws Exception {
        JsonObject askable = Json.createReader(new StringReader(call("GET", "/api/v1/agreements/askable", null).body()))
                .readArray().getJsonObject(0);
        return Json.createObjectBuilder()
                .add("agreementVersionId", askable.getJsonNumber("agreementVersionId").longValue())
                .add("serviceId", askable.getJsonArray("services").getJsonObject(0).getJsonNumber("id").longValue())
                .add("priority", "P3")
                .add("title", "Logged during a crash test")
                .add("description", "Must survive a kill -9 once confirmed.")
                .build().toString();
    }

    /** The ids of every request the person logged, page by page. */
    private Set<Long> requestsOf(String username) throws Exception {
        Set<Long> ids = new HashSet<>();
        int size = 200;
        for (int first = 0; ; first += size) {
            HttpResponse<String> page = call("GET", "/api/v1/requests?scope=MINE&size=" + size + "&first=" + first, null);
            assertEquals(200, page.statusCode(), page.body());
            List<JsonValue> rows = Json.createReader(new StringReader(page.body())).readArray();
            rows.forEach(row -> ids.add(row.asJsonObject().getJsonNumber("id").longValue()));
            if (rows.size() < size) {
                return ids;
            }
        }
    }

    private HttpResponse<String> call(String method, String path, String json) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((REQUESTER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        try {
            return http.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Starts Payara Micro with the portal on the test's database and waits until it answers. */
    private void start() throws Exception {
        boots++;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-Dservicepact.data=" + work.resolve("data"),
                "-jar", System.getProperty("payara.microJar", "target/runtime/payara-micro.jar"),
                "--deploy", System.getProperty("servicepact.war", "target/ROOT.war"),
                "--rootdir", work.resolve("root-" + boots).toString(),
                "--port", String.valueOf(port), "--nocluster",
                "--prebootcommandfile", Path.of("docker", "preboot-h2.asadmin").toAbsolutePath().toString()));
        String extra = System.getProperty("payara.extraMicroOptions", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(Arrays.asList(extra.split("\\s+")));
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("server-" + boots + ".log").toFile());
        if (onPostgres()) {
            builder.environment().put("PGDATABASE", postgresDatabase);
        }
        server = builder.start();
        awaitHealthy();
    }

    private void awaitHealthy() throws Exception {
        Instant limit = Instant.now().plus(BOOT_LIMIT);
        while (Instant.now().isBefore(limit)) {
            if (!server.isAlive()) {
                fail("the server stopped while starting: " + Files.readString(work.resolve("server-" + boots + ".log")));
            }
            try {
                if (call("GET", "/api/v1/agreements/askable", null).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still booting
            }
            Thread.sleep(500);
        }
        fail("the server did not become ready within " + BOOT_LIMIT);
    }

    private static boolean onPostgres() {
        return System.getProperty("payara.extraMicroOptions", "").contains("postgres") && System.getenv("PGDATABASE") != null;
    }

    private static Connection postgres(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432")
                + "/" + database, env("PGUSER", "postgres"), env("PGPASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
