package org.servicepact.agreement.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
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
import org.servicepact.platform.pdf.PdfTextStyle;
import org.servicepact.platform.i18n.Texts;

import java.awt.Color;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;

/** Writes one version of an agreement as a readable PDF: terms, services, then what each side owes and why. */
final class AgreementPdf {

    private static final PdfTextStyle TITLE = PdfTextStyle.bold(18, new Color(31, 111, 139));
    private static final PdfTextStyle HEADING = PdfTextStyle.bold(13);
    private static final PdfTextStyle SUBHEADING = PdfTextStyle.bold(11);
    private static final PdfTextStyle BODY = PdfTextStyle.regular(10);
    private static final PdfTextStyle MUTED = PdfTextStyle.italic(9, Color.DARK_GRAY);

    /** The reader's language: every label of the document is in it. */
    private final Locale language;

    AgreementPdf(Locale language) {
        this.language = language;
    }

    void write(Agreement agreement, AgreementVersion version, OutputStream out) throws DocumentException {
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle(agreement.getTitle());
        document.open();
        document.add(TITLE.paragraph(agreement.getTitle()));
        document.add(BODY.paragraph(text("agreement.kind." + agreement.getKind()) + " · "
                + agreement.getProvider().getName() + " " + text("agreement.provides") + " " + agreement.getConsumer().getName()));
        document.add(MUTED.paragraph(text("agreement.version") + " " + version.getNumber() + " · "
                + text("agreement.status." + version.getStatus())));
        document.add(terms(version));
        document.add(HEADING.paragraph(text("agreement.services")));
        for (OfferedService service : version.getServices()) {
            Paragraph line = SUBHEADING.paragraph(service.getName());
            line.setSpacingBefore(4);
            document.add(line);
            if (service.getDescription() != null) {
                document.add(BODY.paragraph(service.getDescription()));
            }
        }
        for (Side side : Side.values()) {
            Paragraph heading = HEADING.paragraph(text("agreement.owes." + side) + ": " + agreement.partyOn(side).getName());
            heading.setSpacingBefore(14);
            document.add(heading);
            for (Commitment commitment : version.commitmentsOwedBy(side)) {
                document.add(commitment(commitment));
            }
        }
        document.close();
    }

    private PdfPTable terms(AgreementVersion version) {
        PdfPTable table = new PdfPTable(2);
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        table.setSpacingAfter(10);
        row(table, "agreement.effectiveFrom", date(version.getEffectiveFrom()));
        row(table, "agreement.effectiveUntil", version.getEffectiveUntil() == null ? text("agreement.openEnded")
                : date(version.getEffectiveUntil()));
        row(table, "agreement.reviewDate", date(version.getReviewDate()));
        row(table, "agreement.autoCloseDays", String.valueOf(version.getAutoCloseDays()));
        row(table, "agreement.escalationDelayHours", String.valueOf(version.getEscalationDelayHours()));
        row(table, "agreement.ratingWindowDays", String.valueOf(version.getRatingWindowDays()));
        return table;
    }

    private void row(PdfPTable table, String labelKey, String value) {
        PdfPCell label = new PdfPCell(SUBHEADING.paragraph(text(labelKey)));
        label.setBorder(PdfPCell.NO_BORDER);
        PdfPCell content = new PdfPCell(BODY.paragraph(value));
        content.setBorder(PdfPCell.NO_BORDER);
        content.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.addCell(label);
        table.addCell(content);
    }

    private Paragraph commitment(Commitment commitment) {
        Paragraph block = BODY.block();
        block.setSpacingBefore(6);
        block.add(SUBHEADING.paragraph(commitment.getTitle()));
        if (commitment.getDescription() != null) {
            block.add(BODY.paragraph(commitment.getDescription()));
        }
        block.add(BODY.paragraph(text("agreement.commitment.why") + " " + commitment.getRationale()));
        block.add(MUTED.paragraph(measure(commitment)));
        return block;
    }

    private String measure(Commitment commitment) {
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

    /** A date in the reader's words, as the pages write it ("Fri 1 Jan 2027"). */
    private String date(LocalDate date) {
        return date == null ? "" : Texts.dates(language, "format.day").format(date);
    }

    private String text(String key) {
        return Texts.format(language, key);
    }
}
