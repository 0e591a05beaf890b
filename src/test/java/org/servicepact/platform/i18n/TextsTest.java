package org.servicepact.platform.i18n;

import org.junit.jupiter.api.Test;

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
}
