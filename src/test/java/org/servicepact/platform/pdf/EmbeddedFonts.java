package org.servicepact.platform.pdf;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/** The fonts a PDF's first page uses, as their PostScript names (an embedded subset reads {@code ABCDEF+Name}). */
public final class EmbeddedFonts {

    private EmbeddedFonts() {
    }

    public static Set<String> onFirstPage(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        Set<String> names = new TreeSet<>();
        for (PdfName key : fonts.getKeys()) {
            String name = PdfName.decodeName(fonts.getAsDict(key).getAsName(PdfName.BASEFONT).toString());
            names.add(name.startsWith("/") ? name.substring(1) : name);
        }
        return names;
    }
}
