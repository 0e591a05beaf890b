package org.servicepact.platform.web;

/**
 * What one cell of a report table shows: its text (escaped when written, exported as it reads), a link within the
 * portal ({@code /insight/tie.xhtml?a=1&b=2}, or {@code null}) and a CSS class for its look (or {@code null}).
 */
public record ReportCell(String text, String link, String styleClass) {

    public ReportCell {
        text = text == null ? "" : text;
    }

    public static ReportCell of(String text) {
        return new ReportCell(text, null, null);
    }
}
