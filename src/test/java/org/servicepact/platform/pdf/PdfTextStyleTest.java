package org.servicepact.platform.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text in the scripts people type reaches a PDF with a font that has its glyphs, embedded. */
class PdfTextStyleTest {

    private static final String MIXED = "Service Desk Zürich · Служба · خدمة العملاء · שירות · सेवा · บริการ · 服务台 · サービス · 서비스 · 🎉👍";

    @Test
    void everyScriptIsDrawnWithAnEmbeddedFontThatHasIt() throws IOException {
        byte[] pdf = pdfOf(MIXED);

        Set<String> fonts = EmbeddedFonts.onFirstPage(pdf);
        for (String family : new String[]{"NotoSans-Regular", "NotoSansArabic-Regular", "NotoSansHebrew-Regular",
                "NotoSansDevanagari-Regular", "NotoSansThai-Regular", "NanumSquareR", "DroidSansFallback", "NotoEmoji-Regular"}) {
            assertTrue(fonts.stream().anyMatch(font -> font.endsWith("+" + family)), () -> family + " not embedded in " + fonts);
        }
        assertEquals(Set.of(), Set.copyOf(fonts.stream().filter(font -> !font.contains("+")).toList()), "fonts not embedded");
    }

    @Test
    void spacingBlocksTablesAndEmptyTextsUseNoFontButTheEmbeddedOnes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(PdfTextStyle.bold(11).paragraph("Title"));
        Paragraph spaced = PdfTextStyle.bold(11).paragraph("Spaced from the one above");
        spaced.setSpacingBefore(14);
        document.add(spaced);
        Paragraph block = PdfTextStyle.regular(10).block();
        block.setSpacingBefore(6);
        block.add(PdfTextStyle.regular(10).paragraph(""));
        block.add(PdfTextStyle.regular(10).paragraph("Why"));
        document.add(block);
        PdfPTable table = new PdfPTable(2);
        table.setSpacingBefore(10);
        table.addCell(new PdfPCell(PdfTextStyle.bold(11).paragraph("Label")));
        table.addCell(new PdfPCell(PdfTextStyle.regular(10).paragraph("")));
        document.add(table);
        document.close();

        Set<String> fonts = EmbeddedFonts.onFirstPage(out.toByteArray());
        assertTrue(fonts.stream().allMatch(font -> font.contains("+Noto")), fonts::toString);
    }

    @Test
    void latinAndChineseTextCanBeCopiedOutOfThePdf() throws IOException {
        String text = new PdfTextExtractor(new PdfReader(pdfOf("Ärger über 服务台 ok"))).getTextFromPage(1);

        assertTrue(text.contains("Ärger über"), text);
        assertTrue(text.contains("服务台"), text);
    }

    private static byte[] pdfOf(String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(PdfTextStyle.bold(18).paragraph(text));
        document.add(PdfTextStyle.regular(10).paragraph(text));
        document.add(PdfTextStyle.italic(9, java.awt.Color.DARK_GRAY).paragraph(text));
        document.close();
        Path copy = Path.of("target", "pdf", "scripts.pdf");
        Files.createDirectories(copy.getParent());
        Files.write(copy, out.toByteArray());
        return out.toByteArray();
    }
}
