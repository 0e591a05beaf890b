package org.servicepact.portal;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * In the browser tests' deployment: counts the SQL statements each request runs (EclipseLink's session events, on the
 * request's thread) and keeps, per method and path, the most any one request of the suite took; listed at
 * {@code /test-statement-counts} (the filter answers it itself), which {@link PortalIT} checks at the end against a
 * budget per page. A page that runs a query per row of its table, or looks the same thing up again and again, costs
 * more statements the more data there is; with the demo data that shows as a count above the budget.
 */
@WebFilter("/*")
public class StatementCountProbe implements Filter {

    static final String PATH = "/test-statement-counts";

    private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();
    private static final Map<String, List<String>> MOST_PER_PAGE = new ConcurrentHashMap<>();
    private static volatile boolean listening;

    @PersistenceUnit(unitName = "servicepact")
    EntityManagerFactory portalDatabase;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (PATH.equals(http.getServletPath())) {
            report(http, response);
            return;
        }
        listen();
        List<String> statements = new ArrayList<>();
        STATEMENTS.set(statements);
        try {
            chain.doFilter(request, response);
        } finally {
            STATEMENTS.remove();
            String page = http.getMethod() + " " + http.getRequestURI().substring(http.getContextPath().length())
                    + ("partial/ajax".equals(http.getHeader("Faces-Request")) ? " (ajax)" : "");
            MOST_PER_PAGE.merge(page, statements, (before, now) -> counted(now) > counted(before) ? now : before);
        }
    }

    private synchronized void listen() {
        if (!listening) {
            portalDatabase.unwrap(JpaEntityManagerFactory.class).getServerSession().getEventManager().addListener(new SessionEventAdapter() {
                @Override
                public void postExecuteCall(SessionEvent event) {
                    List<String> statements = STATEMENTS.get();
                    if (statements != null) {
                        statements.add(event.getCall() instanceof DatabaseCall sql ? sql.getSQLString() : String.valueOf(event.getCall()));
                    }
                }
            });
            listening = true;
        }
    }

    /**
     * The statements a budget counts: what a request reads and changes. The rows it adds are what it was asked to
     * write (an imported history's events, one each, bounded by the import's own limit), listed beside the count.
     */
    static long counted(List<String> statements) {
        return statements.stream().filter(sql -> !isInsert(sql)).count();
    }

    private static boolean isInsert(String sql) {
        return sql.stripLeading().regionMatches(true, 0, "INSERT ", 0, 7);
    }

    /**
     * One line per page: "GET /requests/index.xhtml 12", the most statements one request of it took, with
     * " +244 inserts" where it added rows; with {@code ?statements=true} each followed by that request's statements,
     * indented, to see what they were.
     */
    private static void report(HttpServletRequest request, ServletResponse response) throws IOException {
        boolean withStatements = request.getParameter("statements") != null;
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(new TreeMap<>(MOST_PER_PAGE).entrySet().stream()
                .map(entry -> entry.getKey() + " " + counted(entry.getValue()) + inserts(entry.getValue())
                        + (withStatements ? entry.getValue().stream().map(sql -> "\n    " + sql).collect(Collectors.joining()) : ""))
                .collect(Collectors.joining("\n")));
    }

    private static String inserts(List<String> statements) {
        long inserts = statements.size() - counted(statements);
        return inserts == 0 ? "" : " +" + inserts + " inserts";
    }
}
