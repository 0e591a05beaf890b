package org.servicepact.insight.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import org.servicepact.insight.web.CultureReviewPage.MatrixCell;
import org.servicepact.insight.web.CultureReviewPage.MatrixRow;
import org.servicepact.platform.web.ReportTableComponent;
import org.servicepact.platform.web.WrittenComponent;

import java.io.IOException;
import java.util.List;

/**
 * Writes the culture review's matrix of ties ({@code <sp:tieMatrix rows="#{cultureReviewPage.matrix}"/>}): a column
 * per department (the same as the rows, headings turned upright by the style sheet), a cell per pair coloured by the
 * tie's health and linking to the tie's page. Written here rather than by a Facelets template for the reason
 * {@link ReportTableComponent} gives: a matrix of 30 departments is 900 cells.
 */
@FacesComponent(createTag = true, tagName = "tieMatrix", namespace = ReportTableComponent.NAMESPACE)
public class TieMatrixComponent extends WrittenComponent {

    @Override
    public String getFamily() {
        return "org.servicepact.TieMatrix";
    }

    @Override
    @SuppressWarnings("unchecked")
    public void encodeBegin(FacesContext context) throws IOException {
        List<MatrixRow> rows = (List<MatrixRow>) getAttributes().get("rows");
        ResponseWriter out = context.getResponseWriter();
        out.startElement("table", this);
        out.writeAttribute("class", "portal-matrix", null);
        out.writeAttribute("id", "matrix", null);
        out.startElement("thead", this);
        out.startElement("tr", this);
        out.startElement("th", this);
        out.endElement("th");
        for (MatrixRow column : rows) {
            out.startElement("th", this);
            out.writeAttribute("class", "portal-matrix-col", null);
            out.startElement("span", this);
            out.writeText(column.name(), null);
            out.endElement("span");
            out.endElement("th");
        }
        out.endElement("tr");
        out.endElement("thead");
        out.startElement("tbody", this);
        String root = context.getExternalContext().getRequestContextPath();
        for (MatrixRow row : rows) {
            out.startElement("tr", this);
            out.startElement("th", this);
            out.writeAttribute("class", "portal-matrix-row", null);
            out.writeText(row.name(), null);
            out.endElement("th");
            for (MatrixCell cell : row.cells()) {
                cell(out, cell, root);
            }
            out.endElement("tr");
        }
        out.endElement("tbody");
        out.endElement("table");
    }

    private void cell(ResponseWriter out, MatrixCell cell, String root) throws IOException {
        out.startElement("td", this);
        out.writeAttribute("class", "portal-matrix-cell " + cell.band(), null);
        if (cell.address() != null) {
            out.startElement("a", this);
            out.writeAttribute("href", root + cell.address(), null);
            out.writeAttribute("title", cell.title(), null);
            out.writeText(cell.health(), null);
            out.endElement("a");
        }
        out.endElement("td");
    }
}
