package org.servicepact.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cluster check's load: {@code ClusterLoad URL USERS_FILE PASSWORD DIR}. One thread per person named in the file
 * works through the load balancer at {@code URL} until the file {@code DIR/stop} appears. The script meanwhile notes its
 * phases in {@code DIR/phases.tsv} ({@code name, start, end} in epoch milliseconds; {@code kill} with the instant a
 * node was killed as both). Then this prints throughput and latency per phase, writes what the portal acknowledged to
 * {@code DIR/acknowledged.tsv} (and the first things that went wrong to {@code DIR/notes.txt}), and exits 1 if a person had to sign in again, lost a page's view, or saw a failure
 * other than the requests a killed node had in flight.
 */
public final class ClusterLoad {

    /** After a kill, the load balancer needs a few health checks to notice; requests in flight then fail. */
    private static final long KILL_WINDOW_MILLIS = 10_000;

    /**
     * Lost views are failed wherever they happen; those of pages the killed node answered in its last seconds are also
     * counted apart, as the place a session written to the grid too late would show.
     */
    private static final long JUST_BEFORE_KILL_MILLIS = 10_000;

    private ClusterLoad() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: ClusterLoad URL USERS_FILE PASSWORD DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[3]);
        List<String> usernames = Files.readAllLines(Path.of(args[1])).stream().map(String::strip).filter(u -> !u.isEmpty()).toList();
        Samples samples = new Samples();
        Acknowledged acknowledged = new Acknowledged();
        Path stop = dir.resolve("stop");
        List<Thread> people = new ArrayList<>();
        for (String username : usernames) {
            Thread person = new Thread(new VirtualUser(username, args[2], args[0], samples, acknowledged, () -> !Files.exists(stop)),
                    "user " + username);
            person.start();
            people.add(person);
        }
        for (Thread person : people) {
            person.join();
        }
        acknowledged.writeTo(dir.resolve("acknowledged.tsv"));
        Files.write(dir.resolve("notes.txt"), samples.notes(), StandardCharsets.UTF_8);
        System.exit(report(samples, acknowledged, readPhases(dir.resolve("phases.tsv"))) ? 0 : 1);
    }

    private record Phase(String name, long start, long end) {
    }

    private static List<Phase> readPhases(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(line -> line.split("\t"))
                .map(f -> new Phase(f[0], Long.parseLong(f[1]), Long.parseLong(f[2])))
                .toList();
    }

    private static boolean report(Samples samples, Acknowledged acknowledged, List<Phase> phases) {
        System.out.printf("%-22s %8s %8s %8s %8s %8s%n", "phase", "requests", "req/s", "p50 ms", "p95 ms", "failed");
        long failedOutsideKill = 0;
        List<Long> kills = phases.stream().filter(p -> p.name().equals("kill")).map(Phase::start).toList();
        for (Phase phase : phases) {
            if (phase.name().equals("kill")) {
                continue;
            }
            List<Samples.Sample> inPhase = samples.between(phase.start(), phase.end());
            long[] micros = inPhase.stream().mapToLong(Samples.Sample::micros).sorted().toArray();
            long failed = inPhase.stream().filter(s -> !s.ok()).count();
            failedOutsideKill += inPhase.stream()
                    .filter(s -> !s.ok() && kills.stream().noneMatch(k -> s.endMillis() >= k && s.endMillis() < k + KILL_WINDOW_MILLIS))
                    .count();
            double seconds = (phase.end() - phase.start()) / 1000.0;
            System.out.printf(Locale.ROOT, "%-22s %8d %8.1f %8.1f %8.1f %8d%n", phase.name(), micros.length, micros.length / seconds,
                    percentile(micros, 0.50) / 1000.0, percentile(micros, 0.95) / 1000.0, failed);
        }
        List<Samples.LostView> lostViews = samples.lostViews();
        long viewsLost = lostViews.size();
        long answeredJustBeforeAKill = lostViews.stream().filter(view -> answeredJustBeforeAKill(view, kills)).count();
        System.out.printf("people signed in %d times; sessions lost %d; page views lost %d (%d of them answered by the killed"
                        + " node in its last %d ms); people who went on on another node %d; forms finished on another node than"
                        + " they began %d%n",
                samples.signIns.get(), samples.sessionsLost.get(), viewsLost, answeredJustBeforeAKill, JUST_BEFORE_KILL_MILLIS,
                samples.usersMoved.get(), samples.journeysMoved.get());
        System.out.printf("acknowledged: %d requests logged, %d escalations, %d requests taken; failures outside a kill: %d%n",
                acknowledged.count(Acknowledged.Kind.REQUEST), acknowledged.count(Acknowledged.Kind.ESCALATION),
                acknowledged.count(Acknowledged.Kind.TAKE), failedOutsideKill);
        List<String> problems = new ArrayList<>();
        if (samples.sessionsLost.get() > 0) {
            problems.add("sessions were lost");
        }
        if (viewsLost > 0) {
            problems.add("page views were lost");
        }
        if (failedOutsideKill > 0) {
            problems.add("requests failed outside the moments a node was killed");
        }
        if (acknowledged.count(Acknowledged.Kind.REQUEST) == 0) {
            problems.add("no request was logged");
        }
        if (!kills.isEmpty() && samples.usersMoved.get() == 0) {
            problems.add("nobody was moved to another node");
        }
        problems.forEach(p -> System.out.println("PROBLEM: " + p));
        return problems.isEmpty();
    }

    private static boolean answeredJustBeforeAKill(Samples.LostView view, List<Long> kills) {
        return !view.lastNode().equals(view.node())
                && kills.stream().anyMatch(k -> view.lastAnsweredAt() <= k && view.lastAnsweredAt() > k - JUST_BEFORE_KILL_MILLIS);
    }

    private static long percentile(long[] sorted, double share) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)];
    }
}
