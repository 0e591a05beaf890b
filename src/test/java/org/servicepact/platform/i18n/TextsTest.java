package org.servicepact.platform.i18n;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextsTest {

    @Test
    void aMessageRepeatsAShortValueWholeAndALongOneCutShort() {
        assertEquals("P9", Texts.echo("P9"));
        assertNull(Texts.echo(null));
        String forty = "x".repeat(Texts.ECHOED);
        assertEquals(forty, Texts.echo(forty));
        assertEquals(forty + "…", Texts.echo(forty + "y".repeat(10_000)));
        assertEquals("😀".repeat(Texts.ECHOED) + "…", Texts.echo("😀".repeat(Texts.ECHOED + 1)), "never half a character");
    }

    @Test
    void aRefusalOfALongValueRepeatsOnlyItsBeginning() {
        String pasted = "P".repeat(10_000);
        assertEquals("Unknown priority \"" + "P".repeat(Texts.ECHOED) + "…\": use P1, P2, P3 or P4.",
                Texts.format(Locale.ENGLISH, "api.priority", Texts.echo(pasted)));
    }

    @Test
    void aConstraintsMessageWrittenInEachLanguageIsSaidInTheReaders() {
        Translated required = Translated.inEach(language -> language.getLanguage().equals("de") ? "Das ist erforderlich."
                : "This is required.");
        assertEquals("Das ist erforderlich.", Texts.format(Locale.GERMAN, "validation.literal", required));
        assertEquals("This is required.", Texts.format(Locale.ENGLISH, "validation.literal", required));
        assertEquals("This is required.", Texts.format(Locale.FRENCH, "validation.literal", required), "else in English");
    }

    @Test
    void whatARefusalNamesIsSaidInTheReadersLanguage() {
        assertEquals("This cannot be done while the status of the request is \"Closed\".",
                Texts.format(Locale.ENGLISH, "request.wrongStatus", Message.of("request.status.CLOSED")));
        assertEquals("Das geht nicht, solange die Anfrage im Status „Geschlossen“ ist.",
                Texts.format(Locale.GERMAN, "request.wrongStatus", Message.of("request.status.CLOSED")));
        assertEquals("Der Anbieter hat bereits angenommen.",
                Texts.format(Locale.GERMAN, "agreement.accept.already", Message.of("agreement.side.PROVIDER")));
        assertEquals("Arbeitszeiten überschneiden sich: am Montag 08:00–12:00 und 11:00–13:00.",
                Texts.format(Locale.GERMAN, "calendar.periods.overlap", DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0),
                        LocalTime.of(11, 0), LocalTime.of(13, 0)));
    }
}
