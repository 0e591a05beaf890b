package org.servicepact.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The writes the portal told a simulated user it had saved: each request logged (with its title), each escalation
 * sent, each request taken. The script looks for every one of them in the database afterwards.
 */
final class Acknowledged {

    enum Kind { REQUEST, ESCALATION, TAKE }

    private record Write(Kind kind, long requestId, String username, String title) {
    }

    private final List<Write> writes = new ArrayList<>();

    synchronized void add(Kind kind, long requestId, String username, String title) {
        writes.add(new Write(kind, requestId, username, title));
    }

    synchronized long count(Kind kind) {
        return writes.stream().filter(w -> w.kind() == kind).count();
    }

    /** Tab-separated, one write a line, for PostgreSQL's {@code \copy}. */
    synchronized void writeTo(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Write w : writes) {
            lines.add(w.kind() + "\t" + w.requestId() + "\t" + w.username() + "\t" + w.title());
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
