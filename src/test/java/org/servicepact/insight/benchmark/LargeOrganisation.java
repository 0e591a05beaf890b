package org.servicepact.insight.benchmark;

import org.flywaydb.core.Flyway;
import org.servicepact.organisation.domain.Employee;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.math.BigDecimal;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Writes a large organisation into a database the portal uses, for measuring the reports at scale:
 * departments (with heads), employees, one internal agreement from each department to the next ten, and
 * requests over the last twelve months with their events, cached figures, clocks, escalations, ratings and
 * letters — as the portal would have stored them, each tie with its own quality so the matrix has colours. The
 * figures per tie and month ({@code tie_month}) are emptied, so the portal sums them all again when it next starts.
 * Best run with the portal stopped (it would share the H2 file, but compete for the two cores):
 * <pre>
 * mvn -q -Plarge-organisation test-compile exec:java                        # into data/ (H2)
 * mvn -q -Plarge-organisation test-compile exec:java -Dlarge.url=jdbc:postgresql://127.0.0.1:5432/servicepact -Dlarge.user=postgres
 * </pre>
 * Sizes: {@code -Dlarge.departments=200 -Dlarge.employees=20000 -Dlarge.requests=1000000}. The heads of the
 * generated departments ({@code d001.e001}, …) and {@code large.hr} (HR) log in with the demo password
 * ({@code servicepact}), in a database with the demo organisation or without. Written with a fixed seed: the same sizes give the same data.
 */
public final class LargeOrganisation {

    private static final int PROVIDERS_PER_CONSUMER = 10;
    private static final int BATCH = 5_000;
    private static final String[] CONSUMER_MEASURES = {"CLARIFICATION", "CONFIRMATION", "COMPLETENESS"};

    private final Connection db;
    private final Random random = new Random(2026);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final int departments;
    private final int employeesPerDepartment;
    private final int requests;

    private long[] departmentIds;
    private long[][] staff;
    private final List<long[]> agreements = new ArrayList<>();
    private final List<Double> tieQuality = new ArrayList<>();

    private LargeOrganisation(Connection db, int departments, int employees, int requests) {
        this.db = db;
        this.departments = departments;
        this.employeesPerDepartment = Math.max(2, employees / departments);
        this.requests = requests;
    }

    public static void main(String[] args) throws SQLException {
        // Payara Micro's default pool: no user, and AUTO_SERVER so a running portal and this can share the file.
        String url = System.getProperty("large.url", "jdbc:h2:./data/servicepact;AUTO_SERVER=TRUE");
        String user = System.getProperty("large.user", "");
        String password = System.getProperty("large.password", "");
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            LargeOrganisation large = new LargeOrganisation(db, Integer.getInteger("large.departments", 200),
                    Integer.getInteger("large.employees", 20_000), Integer.getInteger("large.requests", 1_000_000));
            long started = System.nanoTime();
            large.write();
            // Planner statistics: after a bulk load PostgreSQL has none until autovacuum gets round to the tables,
            // and without them it pages a requester's list by walking an index over every request.
            large.update("ANALYZE");
            db.commit();
            if (url.startsWith("jdbc:h2:")) {
                large.update("SHUTDOWN COMPACT");
            }
            System.out.printf("Wrote %d departments, %d employees, %d agreements and %d requests in %d s%n", large.departments,
                    large.departments * large.employeesPerDepartment, large.agreements.size(), large.requests,
                    (System.nanoTime() - started) / 1_000_000_000L);
        }
    }

    private void write() throws SQLException {
        String suffix = Long.toString(nextId("party"), 36);
        writeOrganisation(suffix);
        writeAgreements(suffix);
        writeRequests();
        // the watcher looks at each generated open request once, then keeps its own next instant
        update("UPDATE peer_request SET watch_at = submitted_at WHERE status = 'IN_PROGRESS' AND watch_at IS NULL");
        update("DELETE FROM tie_month");
        for (String table : List.of("party", "employee", "agreement", "agreement_version", "offered_service", "commitment",
                "peer_request", "request_event", "escalation", "rating", "letter")) {
            restartSequence(table);
        }
        db.commit();
    }

    // --- the organisation -----------------------------------------------------------------------------

    private void writeOrganisation(String suffix) throws SQLException {
        departmentIds = new long[departments];
        staff = new long[departments][employeesPerDepartment];
        long partyId = nextId("party");
        long employeeId = nextId("employee");
        String existingHash = single("SELECT MIN(password_hash) FROM login_credential");
        String demoHash = existingHash != null ? existingHash : demoPasswordHash();
        try (PreparedStatement party = db.prepareStatement("INSERT INTO party (id, party_type, name, version) VALUES (?, 'DEPARTMENT', ?, 0)");
             PreparedStatement department = db.prepareStatement("INSERT INTO department (id, code) VALUES (?, ?)");
             PreparedStatement employee = db.prepareStatement("INSERT INTO employee (id, username, full_name, job_title, email,"
                     + " department_id, supervisor_id, version, username_key) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)");
             PreparedStatement head = db.prepareStatement("UPDATE department SET head_id = ? WHERE id = ?");
             PreparedStatement login = db.prepareStatement("INSERT INTO login_credential (employee_id, password_hash, changed_at)"
                     + " VALUES (?, ?, ?)")) {
            for (int d = 0; d < departments; d++) {
                long id = partyId++;
                departmentIds[d] = id;
                String code = String.format("D%03d%s", d + 1, suffix).toUpperCase();
                party.setLong(1, id);
                party.setString(2, String.format("Department %03d (%s)", d + 1, suffix));
                party.addBatch();
                department.setLong(1, id);
                department.setString(2, code);
                department.addBatch();
            }
            party.executeBatch();
            department.executeBatch();
            for (int d = 0; d < departments; d++) {
                for (int e = 0; e < employeesPerDepartment; e++) {
                    long id = employeeId++;
                    staff[d][e] = id;
                    String username = String.format("d%03d.e%03d.%s", d + 1, e + 1, suffix);
                    employee.setLong(1, id);
                    employee.setString(2, username);
                    employee.setString(3, String.format("Employee %03d of %03d", e + 1, d + 1));
                    employee.setString(4, e == 0 ? "Head of department" : "Specialist");
                    employee.setString(5, username + "@large.example");
                    employee.setLong(6, departmentIds[d]);
                    if (e == 0) {
                        employee.setNull(7, Types.BIGINT);
                    } else {
                        employee.setLong(7, staff[d][0]);
                    }
                    employee.setString(8, Employee.usernameKey(username));
                    employee.addBatch();
                }
                head.setLong(1, staff[d][0]);
                head.setLong(2, departmentIds[d]);
                head.addBatch();
                login.setLong(1, staff[d][0]);
                login.setString(2, demoHash);
                login.setTimestamp(3, Timestamp.from(now));
                login.addBatch();
                if (d % 20 == 19) {
                    employee.executeBatch();
                }
            }
            employee.executeBatch();
            head.executeBatch();
            login.setLong(1, staff[0][1]);
            login.setString(2, demoHash);
            login.setTimestamp(3, Timestamp.from(now));
            login.addBatch();
            login.executeBatch();
            String hr = "large.hr." + suffix;
            update("UPDATE employee SET username = '" + hr + "', username_key = '" + Employee.usernameKey(hr) + "'"
                    + " WHERE id = " + staff[0][1]);
            update("INSERT INTO employee_role (employee_id, role) VALUES (" + staff[0][1] + ", 'HR')");
        }
        db.commit();
    }

    /**
     * The demo password ({@code servicepact}) as the portal stores it when the database has none yet: PBKDF2 with
     * HMAC-SHA512, 210,000 iterations, a 16-byte salt and a 32-byte key, in the format of the portal's password hash
     * (Soteria's {@code Pbkdf2PasswordHash}: algorithm, iterations, salt and key, colon-separated, Base64).
     */
    private static String demoPasswordHash() {
        try {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec("servicepact".toCharArray(), salt, 210_000, 32 * 8)).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA512:210000:" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot hash with PBKDF2WithHmacSHA512", e);
        }
    }

    // --- agreements: each department consumes from the next ten ----------------------------------------

    private void writeAgreements(String suffix) throws SQLException {
        long agreementId = nextId("agreement");
        long versionId = nextId("agreement_version");
        long serviceId = nextId("offered_service");
        long commitmentId = nextId("commitment");
        Timestamp created = Timestamp.from(now.minus(400, ChronoUnit.DAYS));
        try (PreparedStatement agreement = db.prepareStatement("INSERT INTO agreement (id, title, provider_id, consumer_id, kind,"
                     + " created_at, version) VALUES (?, ?, ?, ?, 'INTERNAL', ?, 0)");
             PreparedStatement version = db.prepareStatement("INSERT INTO agreement_version (id, agreement_id, number, revision,"
                     + " status, effective_from, review_date, auto_close_days, escalation_delay_hours, rating_window_days,"
                     + " activated_at, created_at, lock_version) VALUES (?, ?, 1, 1, 'ACTIVE', ?, ?, 5, 8, 10, ?, ?, 0)");
             PreparedStatement service = db.prepareStatement("INSERT INTO offered_service (id, version_id, position, name)"
                     + " VALUES (?, ?, 0, 'General support')");
             PreparedStatement commitment = db.prepareStatement("INSERT INTO commitment (id, version_id, position, owed_by, title,"
                     + " rationale, measure, target_unit, target_p1, target_p2, target_p3, target_p4)"
                     + " VALUES (?, ?, ?, ?, ?, 'Measured both ways.', ?, ?, ?, ?, ?, ?)")) {
            for (int consumer = 0; consumer < departments; consumer++) {
                for (int step = 1; step <= PROVIDERS_PER_CONSUMER && step < departments; step++) {
                    int provider = (consumer + step) % departments;
                    long id = agreementId++;
                    agreement.setLong(1, id);
                    agreement.setString(2, String.format("Services of %03d for %03d (%s)", provider + 1, consumer + 1, suffix));
                    agreement.setLong(3, departmentIds[provider]);
                    agreement.setLong(4, departmentIds[consumer]);
                    agreement.setTimestamp(5, created);
                    agreement.addBatch();
                    long vid = versionId++;
                    version.setLong(1, vid);
                    version.setLong(2, id);
                    version.setDate(3, Date.valueOf(LocalDate.now().minusDays(400)));
                    version.setDate(4, Date.valueOf(LocalDate.now().plusDays(random.nextInt(365))));
                    version.setTimestamp(5, created);
                    version.setTimestamp(6, created);
                    version.addBatch();
                    service.setLong(1, serviceId);
                    service.setLong(2, vid);
                    service.addBatch();
                    int position = 0;
                    for (String[] measured : new String[][] {{"PROVIDER", "FIRST_RESPONSE", "BUSINESS_HOURS", "1", "2", "4", "8"},
                            {"PROVIDER", "RESOLUTION", "BUSINESS_HOURS", "4", "8", "24", "40"},
                            {"CONSUMER", "CLARIFICATION", "BUSINESS_HOURS", "2", "4", "8", "16"},
                            {"CONSUMER", "CONFIRMATION", "BUSINESS_DAYS", "1", "2", "3", "5"}}) {
                        commitment.setLong(1, commitmentId++);
                        commitment.setLong(2, vid);
                        commitment.setInt(3, position++);
                        commitment.setString(4, measured[0]);
                        commitment.setString(5, measured[1].replace('_', ' ').toLowerCase());
                        commitment.setString(6, measured[1]);
                        commitment.setString(7, measured[2]);
                        for (int p = 0; p < 4; p++) {
                            commitment.setBigDecimal(8 + p, new BigDecimal(measured[3 + p]));
                        }
                        commitment.addBatch();
                    }
                    agreements.add(new long[] {id, vid, serviceId++, provider, consumer});
                    tieQuality.add(0.55 + 0.43 * random.nextDouble());
                }
            }
            agreement.executeBatch();
            version.executeBatch();
            service.executeBatch();
            commitment.executeBatch();
        }
        db.commit();
    }

    // --- requests with everything the reports read ------------------------------------------------------

    private void writeRequests() throws SQLException {
        long requestId = nextId("peer_request");
        long eventId = nextId("request_event");
        long escalationId = nextId("escalation");
        long ratingId = nextId("rating");
        long letterId = nextId("letter");
        ZoneId zone = ZoneId.of("Europe/Berlin");
        try (PreparedStatement request = db.prepareStatement("INSERT INTO peer_request (id, agreement_version_id, service_id,"
                     + " provider_id, consumer_id, requester_id, assignee_id, priority, title, description, status, submitted_at,"
                     + " last_event_at, resolution_due, version, reopen_count, handoff_count, escalation_count,"
                     + " first_time_resolution, resolved_at, rating_closes_at, period_month, figures_version)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, 'P3', ?, 'Generated.', ?, ?, ?, ?, 0, ?, 0, ?, ?, ?, ?, ?, 1)");
             PreparedStatement event = db.prepareStatement("INSERT INTO request_event (id, request_id, kind, actor_id, occurred_at,"
                     + " priority, comment) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement clock = db.prepareStatement("INSERT INTO request_clock (request_id, measure, owed_by, clock_cycle,"
                     + " state, elapsed_seconds) VALUES (?, ?, ?, 1, ?, ?)");
             PreparedStatement escalation = db.prepareStatement("INSERT INTO escalation (id, request_id, breached_side, level, cause,"
                     + " reason, raised_by, raised_at, escalated_to, acknowledged_at, acknowledgement, version)"
                     + " VALUES (?, ?, ?, 'SUPERVISOR', 'BY_HAND', 'Generated.', ?, ?, ?, ?, 'Seen.', 0)");
             PreparedStatement rating = db.prepareStatement("INSERT INTO rating (id, request_id, rated_side, rater_id,"
                     + " rated_employee_id, rater_party_id, rated_party_id, respect, helpfulness, integrity, workmanship, clarity,"
                     + " responsiveness, fairness, rated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
             PreparedStatement letter = db.prepareStatement("INSERT INTO letter (id, kind, status, author_id, about_employee_id,"
                     + " about_department_id, request_id, addressee_id, subject, body, written_at, period_month, acknowledged_at,"
                     + " acknowledgement, version) VALUES (?, ?, 'CLOSED', ?, ?, ?, ?, ?, 'Generated letter', 'Generated.', ?, ?, ?,"
                     + " 'Seen.', 0)")) {
            for (int n = 0; n < requests; n++) {
                int tie = random.nextInt(agreements.size());
                long[] agreement = agreements.get(tie);
                double quality = tieQuality.get(tie);
                int provider = (int) agreement[3];
                int consumer = (int) agreement[4];
                long requester = staff[consumer][random.nextInt(employeesPerDepartment)];
                long assignee = staff[provider][1 + random.nextInt(employeesPerDepartment - 1)];
                Instant submitted = now.minus(1 + random.nextInt(364), ChronoUnit.DAYS).minus(random.nextInt(600), ChronoUnit.MINUTES);
                boolean open = submitted.isAfter(now.minus(10, ChronoUnit.DAYS)) && random.nextInt(3) == 0;
                boolean reopened = !open && random.nextDouble() > quality + 0.1;
                boolean breached = random.nextDouble() > quality;
                Instant resolved = open ? null : submitted.plus(1 + random.nextInt(breached ? 72 : 20), ChronoUnit.HOURS);
                long id = requestId++;
                ZonedDateTime month = submitted.atZone(zone);

                request.setLong(1, id);
                request.setLong(2, agreement[1]);
                request.setLong(3, agreement[2]);
                request.setLong(4, departmentIds[provider]);
                request.setLong(5, departmentIds[consumer]);
                request.setLong(6, requester);
                request.setLong(7, assignee);
                request.setString(8, "Generated request " + id);
                request.setString(9, open ? "IN_PROGRESS" : "CLOSED");
                request.setTimestamp(10, Timestamp.from(submitted));
                request.setTimestamp(11, Timestamp.from(open ? submitted.plusSeconds(600) : resolved.plusSeconds(3600)));
                request.setTimestamp(12, Timestamp.from(submitted.plus(2, ChronoUnit.DAYS)));
                request.setInt(13, reopened ? 1 : 0);
                boolean escalated = random.nextDouble() > quality + 0.3;
                request.setInt(14, escalated ? 1 : 0);
                if (open) {
                    request.setNull(15, Types.INTEGER);
                    request.setNull(16, Types.TIMESTAMP);
                    request.setNull(17, Types.TIMESTAMP);
                } else {
                    request.setInt(15, reopened || random.nextDouble() > quality + 0.2 ? 0 : 1);
                    request.setTimestamp(16, Timestamp.from(resolved));
                    request.setTimestamp(17, Timestamp.from(resolved.plus(10, ChronoUnit.DAYS)));
                }
                request.setInt(18, month.getYear() * 100 + month.getMonthValue());
                request.addBatch();

                eventId = event(event, eventId, id, "SUBMITTED", requester, submitted, "P3");
                eventId = event(event, eventId, id, "ACKNOWLEDGED", assignee, submitted.plusSeconds(600), null);
                clock(clock, id, "FIRST_RESPONSE", "PROVIDER", breached && random.nextBoolean() ? "BREACHED" : "MET", 600);
                clock(clock, id, "COMPLETENESS", "CONSUMER", random.nextDouble() > quality + 0.3 ? "BREACHED" : "MET", 0);
                if (random.nextInt(5) == 0) {
                    clock(clock, id, "CLARIFICATION", "CONSUMER", random.nextDouble() > quality + 0.15 ? "BREACHED" : "MET",
                            600 + random.nextInt(30_000));
                }
                if (open) {
                    clock(clock, id, "RESOLUTION", "PROVIDER", "OPEN", 0);
                } else {
                    eventId = event(event, eventId, id, "RESOLVED", assignee, resolved, null);
                    eventId = event(event, eventId, id, "CONFIRMED", requester, resolved.plusSeconds(3600), null);
                    clock(clock, id, "RESOLUTION", "PROVIDER", breached ? "BREACHED" : "MET",
                            3600L * (breached ? 30 : 2 + random.nextInt(18)));
                    clock(clock, id, "CONFIRMATION", "CONSUMER", random.nextDouble() > quality + 0.25 ? "BREACHED" : "MET", 3600);
                    for (String side : new String[] {"PROVIDER", "CONSUMER"}) {
                        if (random.nextInt(10) < 3) {
                            ratingId = rate(rating, ratingId, id, side, requester, assignee, departmentIds[consumer],
                                    departmentIds[provider], quality, resolved.plus(1, ChronoUnit.DAYS));
                        }
                    }
                }
                if (escalated) {
                    escalation.setLong(1, escalationId++);
                    escalation.setLong(2, id);
                    escalation.setString(3, random.nextInt(4) == 0 ? "CONSUMER" : "PROVIDER");
                    escalation.setLong(4, requester);
                    escalation.setTimestamp(5, Timestamp.from(submitted.plus(1, ChronoUnit.DAYS)));
                    escalation.setLong(6, staff[provider][0]);
                    escalation.setTimestamp(7, Timestamp.from(submitted.plus(2, ChronoUnit.DAYS)));
                    escalation.addBatch();
                }
                if (!open && random.nextInt(50) == 0) {
                    boolean complaint = random.nextDouble() > quality;
                    letter.setLong(1, letterId++);
                    letter.setString(2, complaint ? "COMPLAINT" : "COMPLIMENT");
                    letter.setLong(3, requester);
                    letter.setLong(4, assignee);
                    letter.setLong(5, departmentIds[provider]);
                    letter.setLong(6, id);
                    letter.setLong(7, staff[provider][0]);
                    letter.setTimestamp(8, Timestamp.from(resolved));
                    letter.setInt(9, month.getYear() * 100 + month.getMonthValue());
                    letter.setTimestamp(10, Timestamp.from(resolved.plus(1, ChronoUnit.DAYS)));
                    letter.addBatch();
                }
                if (n % BATCH == BATCH - 1) {
                    for (PreparedStatement statement : List.of(request, event, clock, escalation, rating, letter)) {
                        statement.executeBatch();
                    }
                    db.commit();
                    if (n % 100_000 == 99_999) {
                        System.out.printf("%,d requests written%n", n + 1);
                    }
                }
            }
            for (PreparedStatement statement : List.of(request, event, clock, escalation, rating, letter)) {
                statement.executeBatch();
            }
        }
        db.commit();
    }

    private static long event(PreparedStatement event, long id, long requestId, String kind, long actor, Instant at, String priority)
            throws SQLException {
        event.setLong(1, id);
        event.setLong(2, requestId);
        event.setString(3, kind);
        event.setLong(4, actor);
        event.setTimestamp(5, Timestamp.from(at));
        event.setString(6, priority);
        event.setString(7, null);
        event.addBatch();
        return id + 1;
    }

    private static void clock(PreparedStatement clock, long requestId, String measure, String side, String state, long seconds)
            throws SQLException {
        clock.setLong(1, requestId);
        clock.setString(2, measure);
        clock.setString(3, side);
        clock.setString(4, state);
        clock.setLong(5, seconds);
        clock.addBatch();
    }

    /** One side's rating, kinder on a tie of good quality. */
    private long rate(PreparedStatement rating, long id, long requestId, String ratedSide, long requester, long assignee,
                      long consumerId, long providerId, double quality, Instant at) throws SQLException {
        boolean ofProvider = "PROVIDER".equals(ratedSide);
        rating.setLong(1, id);
        rating.setLong(2, requestId);
        rating.setString(3, ratedSide);
        rating.setLong(4, ofProvider ? requester : assignee);
        rating.setLong(5, ofProvider ? assignee : requester);
        rating.setLong(6, ofProvider ? consumerId : providerId);
        rating.setLong(7, ofProvider ? providerId : consumerId);
        for (int column = 8; column <= 14; column++) {
            boolean rated = column == 8 || ofProvider == (column <= 11);
            if (rated) {
                rating.setInt(column, Math.max(1, Math.min(5, (int) Math.round(1 + 4 * quality + random.nextGaussian() * 0.7))));
            } else {
                rating.setNull(column, Types.SMALLINT);
            }
        }
        rating.setTimestamp(15, Timestamp.from(at));
        rating.addBatch();
        return id + 1;
    }

    // --- ids and sequences ---------------------------------------------------------------------------------

    private long nextId(String table) throws SQLException {
        String max = single("SELECT MAX(id) FROM " + table);
        return (max == null ? 0 : Long.parseLong(max)) + 1;
    }

    /** Moves the table's sequence past the ids written here, so the portal's next ids do not collide. */
    private void restartSequence(String table) throws SQLException {
        long next = (nextId(table) / 50 + 2) * 50;
        update("ALTER SEQUENCE " + table + "_seq RESTART WITH " + next);
    }

    private String single(String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    /** Runs one statement; on H2, SHUTDOWN COMPACT at the end rewrites the file, which batches leave many times too large. */
    private void update(String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
