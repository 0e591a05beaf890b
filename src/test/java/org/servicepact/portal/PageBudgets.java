package org.servicepact.portal;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many SQL statements one request of a page may run, whatever the data: the layout's own work (who is asking,
 * the bell's count) and a fixed number of queries for what the page shows, never one per row. The rows a request
 * adds are not counted: they are what it was asked to write, one INSERT each (an imported history's events). Counted by
 * {@link StatementCountProbe} over the whole browser suite; the figures measured are in the README (Performance).
 */
final class PageBudgets {

    /**
     * What a page shown with GET may cost; a request's page costs the most, as it compiles its two calendars the first
     * time they are read.
     */
    static final int PAGE = 40;

    /** What any other request (a form sent, an ajax update, an API call) may cost. */
    static final int ACTION = 80;

    /** "POST /api/v1/requests/import 14 +244 inserts": the page, the statements counted, the rows it added. */
    private static final Pattern REPORT_LINE = Pattern.compile("(.+) (\\d+)(?: \\+\\d+ inserts)?");

    private PageBudgets() {
    }

    /** The lines of a {@link StatementCountProbe} report ("GET /path count") that are over their budget. */
    static List<String> overBudget(String report) {
        return Arrays.stream(report.split("\n")).filter(line -> !line.isBlank()).filter(PageBudgets::isOver).toList();
    }

    private static boolean isOver(String line) {
        Matcher report = REPORT_LINE.matcher(line);
        if (!report.matches()) {
            throw new IllegalArgumentException("Not a line of the statement counts: " + line);
        }
        String page = report.group(1);
        int statements = Integer.parseInt(report.group(2));
        return statements > (page.startsWith("GET ") && !page.endsWith("(ajax)") ? PAGE : ACTION);
    }
}
