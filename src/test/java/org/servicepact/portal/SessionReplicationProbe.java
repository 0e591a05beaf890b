package org.servicepact.portal;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamException;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * In the browser tests' deployment: after a person's requests (the first and every eighth), writes each attribute of
 * their session the way the data grid replicates it to another node (Java serialisation) and reads it back; what
 * cannot make the trip is kept and listed at {@code /test-session-probe} (the filter answers it itself), which
 * {@link PortalIT} reads at the end ({@link Deployments#sessionProbe()} adds it to a deployment; nothing of the test
 * tools may be named here, as the server does not have them). A single test server keeps its sessions in memory, so
 * without this a view-scoped bean holding something that cannot be replicated would pass every test and lose what
 * people typed the first time a node dies.
 */
@WebFilter("/*")
public class SessionReplicationProbe implements Filter {

    static final String PATH = "/test-session-probe";

    private static final Set<String> PROBLEMS = ConcurrentHashMap.newKeySet();

    /**
     * A session is written out at its first request and every {@value}th after: writing all of a session's pages
     * after every request made the browser suite twice as slow, and that slowness widened its timing races.
     */
    private static final int EVERY_NTH_REQUEST = 8;

    private static final ConcurrentHashMap<String, AtomicInteger> REQUESTS_PER_SESSION = new ConcurrentHashMap<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (PATH.equals(((HttpServletRequest) request).getServletPath())) {
            report(response);
            return;
        }
        chain.doFilter(request, response);
        HttpSession session = ((HttpServletRequest) request).getSession(false);
        if (session != null && isSampled(session)) {
            try {
                for (String name : Collections.list(session.getAttributeNames())) {
                    replicate(name, session.getAttribute(name));
                }
            } catch (IllegalStateException | ConcurrentModificationException e) {
                // the session ended, or another request of the same person changed it meanwhile: the next request looks again
            }
        }
    }

    private static boolean isSampled(HttpSession session) {
        try {
            return REQUESTS_PER_SESSION.computeIfAbsent(session.getId(), id -> new AtomicInteger())
                    .getAndIncrement() % EVERY_NTH_REQUEST == 0;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** What could not make the trip, one line each; empty when everything did. */
    private static void report(ServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(String.join("\n", PROBLEMS));
    }

    private static void replicate(String name, Object value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            // classes resolve through the caller's loader, the application's, as on a node receiving the session
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                in.readObject();
            }
        } catch (ObjectStreamException e) {
            PROBLEMS.add(name + ": " + pathOf(e));
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            if (!(e instanceof ConcurrentModificationException)) {
                PROBLEMS.add(name + ": " + pathOf(e));
            }
        }
    }

    /**
     * The exception's first line (for a value that cannot be serialised, its class), and the fields that lead to it
     * when the server runs with {@code -Dsun.io.serialization.extendedDebugInfo=true} (not in the suite: it makes
     * every serialisation format each object it writes), without the values, so each problem is listed once.
     */
    private static String pathOf(Exception e) {
        String[] lines = String.valueOf(e).split("\n");
        StringBuilder path = new StringBuilder(e.getClass().getSimpleName() + " " + lines[0].replaceAll("^[^:]*: ", ""));
        for (String line : lines) {
            if (line.strip().startsWith("- field")) {
                path.append(" <- ").append(line.strip().substring(2));
            }
        }
        return path.toString();
    }
}
