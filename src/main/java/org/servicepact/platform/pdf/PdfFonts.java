package org.servicepact.platform.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts the portal embeds in its PDFs (subsets of them: only the glyphs a document uses), loaded once
 * from {@code /fonts} in the application (sources and licences in {@code fonts/README.txt}). Java's glyph
 * layout is switched on for them, which joins Arabic letters, orders right-to-left runs and places the marks
 * of Devanagari and Thai.
 */
final class PdfFonts {

    /** A family: its regular, bold and italic files; a missing weight is drawn by the regular one, emboldened or slanted. */
    private record Family(BaseFont regular, BaseFont bold, BaseFont italic) {

        Font font(float size, int style, Color color) {
            if (style == Font.BOLD && bold != null) {
                return new Font(bold, size, Font.NORMAL, color);
            }
            if (style == Font.ITALIC && italic != null) {
                return new Font(italic, size, Font.NORMAL, color);
            }
            return new Font(regular, size, style, color);
        }
    }

    /** In the order they are tried for each character. */
    private static final List<Family> FAMILIES;

    static {
        LayoutProcessor.enableKernLiga();
        FAMILIES = List.of(
                new Family(load("NotoSans-Regular.ttf"), load("NotoSans-Bold.ttf"), load("NotoSans-Italic.ttf")),
                new Family(load("NotoSansArabic-Regular.ttf"), load("NotoSansArabic-Bold.ttf"), null),
                new Family(load("NotoSansHebrew-Regular.ttf"), load("NotoSansHebrew-Bold.ttf"), null),
                new Family(load("NotoSansDevanagari-Regular.ttf"), null, null),
                new Family(load("NotoSansThai-Regular.ttf"), null, null),
                new Family(load("DroidSansFallbackFull.ttf"), null, null),
                new Family(load("NanumSquareR.ttf"), load("NanumSquareB.ttf"), null),
                new Family(load("NotoEmoji-Regular.ttf"), null, null));
    }

    private PdfFonts() {
    }

    /** One font per family at this size, style ({@link Font#NORMAL}, {@link Font#BOLD}, {@link Font#ITALIC}) and colour. */
    static List<Font> fonts(float size, int style, Color color) {
        List<Font> fonts = new ArrayList<>(FAMILIES.size());
        FAMILIES.forEach(family -> fonts.add(family.font(size, style, color)));
        return fonts;
    }

    private static BaseFont load(String file) {
        try {
            return BaseFont.createFont("fonts/" + file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF font " + file + " is missing from the application", e);
        }
    }
}
