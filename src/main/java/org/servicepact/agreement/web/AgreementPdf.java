package org.servicepact.agreement.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.servicepact.agreement.domain.Agreement;
import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.agreement.domain.Commitment;
import org.servicepact.agreement.domain.OfferedService;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.agreement.domain.Side;
import org.servicepact.platform.web.BundleMessageResolver;

import java.awt.Color;
import java.io.OutputStream;

/** Writes one version of an agreement as a readable PDF: terms, services, then what each side owes and why. */
final class AgreementPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, new Color(31, 111, 139));
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font SUBHEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font MUTED = new Font(Font.HELVETICA, 9, Font.ITALIC, Color.DARK_GRAY);

    private AgreementPdf() {
    }

    static void write(Agreement agreement, AgreementVersion version, OutputStream out) throws DocumentException {
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(agreement.getTitle());
        document.open();
        document.add(new Paragraph(agreement.getTitle(), TITLE));
        document.add(new Paragraph(text("agreement.kind." + agreement.getKind()) + " · "
                + agreement.getProvider().getName() + " " + text("agreement.provides") + " " + agreement.getConsumer().getName(), BODY));
        document.add(new Paragraph(text("agreement.version") + " " + version.getNumber() + " · "
                + text("agreement.status." + version.getStatus()), MUTED));
        document.add(terms(version));
        document.add(new Paragraph(text("agreement.services"), HEADING));
        for (OfferedService service : version.getServices()) {
            Paragraph line = new Paragraph(service.getName(), SUBHEADING);
            line.setSpacingBefore(4);
            document.add(line);
            if (service.getDescription() != null) {
                document.add(new Paragraph(service.getDescription(), BODY));
            }
        }
        for (Side side : Side.values()) {
            Paragraph heading = new Paragraph(text("agreement.owes." + side) + ": " + agreement.partyOn(side).getName(), HEADING);
            heading.setSpacingBefore(14);
            document.add(heading);
            for (Commitment commitment : version.commitmentsOwedBy(side)) {
                document.add(commitment(commitment));
            }
        }
        document.close();
    }

    private static PdfPTable terms(AgreementVersion version) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setSpacingAfter(10);
        row(table, "agreement.effectiveFrom", String.valueOf(version.getEffectiveFrom()));
        row(table, "agreement.effectiveUntil", version.getEffectiveUntil() == null ? text("agreement.openEnded")
                : version.getEffectiveUntil().toString());
        row(table, "agreement.reviewDate", String.valueOf(version.getReviewDate()));
        row(table, "agreement.autoCloseDays", String.valueOf(version.getAutoCloseDays()));
        row(table, "agreement.escalationDelayHours", String.valueOf(version.getEscalationDelayHours()));
        row(table, "agreement.ratingWindowDays", String.valueOf(version.getRatingWindowDays()));
        return table;
    }

    private static void row(PdfPTable table, String labelKey, String value) {
        PdfPCell label = new PdfPCell(new Paragraph(text(labelKey), SUBHEADING));
        label.setBorder(PdfPCell.NO_BORDER);
        PdfPCell content = new PdfPCell(new Paragraph(value, BODY));
        content.setBorder(PdfPCell.NO_BORDER);
        content.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.addCell(label);
        table.addCell(content);
    }

    private static Paragraph commitment(Commitment commitment) {
        Paragraph block = new Paragraph();
        block.setSpacingBefore(6);
        block.add(new Paragraph(commitment.getTitle(), SUBHEADING));
        if (commitment.getDescription() != null) {
            block.add(new Paragraph(commitment.getDescription(), BODY));
        }
        block.add(new Paragraph(text("agreement.commitment.why") + " " + commitment.getRationale(), BODY));
        block.add(new Paragraph(measure(commitment), MUTED));
        return block;
    }

    private static String measure(Commitment commitment) {
        if (commitment.getMeasure() == null) {
            return text("agreement.measure.none");
        }
        StringBuilder measure = new StringBuilder(text("agreement.measure." + commitment.getMeasure()));
        if (commitment.getTargets() != null) {
            for (Priority priority : Priority.values()) {
                measure.append(" · ").append(priority).append(' ')
                        .append(commitment.getTargets().text(priority));
            }
            measure.append(' ').append(text("agreement.unit." + commitment.getTargets().unit()));
        }
        return measure.toString();
    }

    private static String text(String key) {
        return BundleMessageResolver.format(key);
    }
}
