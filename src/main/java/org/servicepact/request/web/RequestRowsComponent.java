package org.servicepact.request.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import org.servicepact.platform.web.InstantFormat;
import org.servicepact.platform.web.ReportTableComponent;
import org.servicepact.platform.web.WrittenComponent;
import org.servicepact.request.application.RequestRow;

import java.io.IOException;
import java.util.List;

import static org.servicepact.platform.web.BundleMessageResolver.format;

/**
 * Writes the rows of a request list ({@code <sp:requestRows rows="#{requestLists.rows}" times="#{times}"/>} inside the
 * list's {@code tbody}): a row per request with its number and title linking to its page, each cell labelled for the
 * phone's cards, and a row saying so when there is none. Written here rather than by a Facelets template for the
 * reason {@link ReportTableComponent} gives: "My requests" and the queue are the pages read most, and the template's
 * expression look-ups per cell were a fifth of such a page's time.
 */
@FacesComponent(createTag = true, tagName = "requestRows", namespace = ReportTableComponent.NAMESPACE)
public class RequestRowsComponent extends WrittenComponent {

    private static final int COLUMNS = 8;

    @Override
    public String getFamily() {
        return "org.servicepact.RequestRows";
    }

    @Override
    @SuppressWarnings("unchecked")
    public void encodeBegin(FacesContext context) throws IOException {
        List<RequestRow> rows = (List<RequestRow>) getAttributes().get("rows");
        InstantFormat times = (InstantFormat) getAttributes().get("times");
        ResponseWriter out = context.getResponseWriter();
        if (rows.isEmpty()) {
            out.startElement("tr", this);
            out.startElement("td", this);
            out.writeAttribute("colspan", String.valueOf(COLUMNS), null);
            out.writeText(format("request.none"), null);
            out.endElement("td");
            out.endElement("tr");
            return;
        }
        Labels labels = new Labels();
        String requestPage = context.getExternalContext().getRequestContextPath() + "/requests/request.xhtml?id=";
        for (RequestRow row : rows) {
            String address = requestPage + row.id();
            out.startElement("tr", this);
            link(out, labels.number, address, row.getNumber());
            link(out, labels.title, address, row.title());
            text(out, labels.provider, row.providerName());
            text(out, labels.requester, shown(row.requesterName()) + " (" + shown(row.consumerName()) + ")");
            assignee(out, labels, row.assigneeName());
            text(out, labels.priority, row.priority() == null ? "" : format("request.priority." + row.priority()));
            text(out, labels.status, format("request.status." + row.status()));
            resolutionDue(out, labels.resolutionDue, row, times);
            out.endElement("tr");
        }
    }

    /** A value as the page's expressions would write it: nothing for none. */
    private static String shown(Object value) {
        return value == null ? "" : value.toString();
    }

    private void cell(ResponseWriter out, String label) throws IOException {
        out.startElement("td", this);
        out.writeAttribute("data-label", label, null);
    }

    private void text(ResponseWriter out, String label, String text) throws IOException {
        cell(out, label);
        if (text != null) {
            out.writeText(text, null);
        }
        out.endElement("td");
    }

    private void link(ResponseWriter out, String label, String address, String text) throws IOException {
        cell(out, label);
        out.startElement("a", this);
        out.writeAttribute("href", address, null);
        out.writeText(text, null);
        out.endElement("a");
        out.endElement("td");
    }

    private void assignee(ResponseWriter out, Labels labels, String assigneeName) throws IOException {
        if (assigneeName != null && !assigneeName.isEmpty()) {
            text(out, labels.assignee, assigneeName);
            return;
        }
        cell(out, labels.assignee);
        span(out, "portal-muted", labels.nobodyYet);
        out.endElement("td");
    }

    private void resolutionDue(ResponseWriter out, String label, RequestRow row, InstantFormat times) throws IOException {
        cell(out, label);
        out.writeText(times.of(row.resolutionDue()), null);
        if (row.urgency() != null) {
            out.writeText(" ", null);
            span(out, "portal-cue portal-cue-" + row.urgency(), format("request.urgency." + row.urgency()));
        }
        out.endElement("td");
    }

    private void span(ResponseWriter out, String styleClass, String text) throws IOException {
        out.startElement("span", this);
        out.writeAttribute("class", styleClass, null);
        out.writeText(text, null);
        out.endElement("span");
    }

    /** The column headings each cell is labelled with (a phone shows them beside the value), read once per list. */
    private static final class Labels {
        final String number = format("request.number");
        final String title = format("request.title");
        final String provider = format("request.provider");
        final String requester = format("request.requester");
        final String assignee = format("request.assignee");
        final String priority = format("request.priority");
        final String status = format("request.status");
        final String resolutionDue = format("request.resolutionDue");
        final String nobodyYet = format("request.nobodyYet");
    }
}
