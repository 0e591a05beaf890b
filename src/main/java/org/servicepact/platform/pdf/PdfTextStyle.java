package org.servicepact.platform.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.FontSelector;

import java.awt.Color;
import java.util.List;

/**
 * A size, weight and colour of PDF text. Each character is drawn with the first embedded font that has
 * it ({@link PdfFonts}), so a name in Arabic or Chinese, or an emoji, prints instead of vanishing.
 */
public final class PdfTextStyle {

    private static final float LEADING = 1.5f;

    private final float size;
    private final List<Font> fonts;

    private PdfTextStyle(float size, List<Font> fonts) {
        this.size = size;
        this.fonts = fonts;
    }

    public static PdfTextStyle regular(float size) {
        return new PdfTextStyle(size, PdfFonts.fonts(size, Font.NORMAL, Color.BLACK));
    }

    public static PdfTextStyle bold(float size) {
        return bold(size, Color.BLACK);
    }

    public static PdfTextStyle bold(float size, Color color) {
        return new PdfTextStyle(size, PdfFonts.fonts(size, Font.BOLD, color));
    }

    public static PdfTextStyle italic(float size, Color color) {
        return new PdfTextStyle(size, PdfFonts.fonts(size, Font.ITALIC, color));
    }

    public Phrase phrase(String text) {
        FontSelector selector = new FontSelector();
        fonts.forEach(selector::addFont);
        Phrase phrase = text == null || text.isEmpty() ? new Phrase("", fonts.get(0)) : selector.process(text);
        // the phrase's own font draws the space a paragraph puts before itself: without it, a Helvetica space
        phrase.setFont(fonts.get(0));
        phrase.setLeading(LEADING * size);
        return phrase;
    }

    public Paragraph paragraph(String text) {
        return new Paragraph(phrase(text));
    }

    /** An empty paragraph to hold others; the line breaks between them are drawn in this style's font. */
    public Paragraph block() {
        return new Paragraph(LEADING * size, "", fonts.get(0));
    }
}
