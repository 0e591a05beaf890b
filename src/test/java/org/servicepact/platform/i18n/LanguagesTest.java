package org.servicepact.platform.i18n;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguagesTest {

    @Test
    void aChosenLanguageWinsOverTheBrowsers() {
        assertEquals(Locale.GERMAN, Languages.resolve("de", List.of(Locale.US)));
        assertEquals(Locale.ENGLISH, Languages.resolve("en", List.of(Locale.GERMANY)));
    }

    @Test
    void withoutAChoiceTheFirstBrowserLanguageThePortalSpeaksCounts() {
        assertEquals(Locale.GERMAN, Languages.resolve(null, List.of(Locale.FRENCH, Locale.GERMANY, Locale.US)));
        assertEquals(Locale.ENGLISH, Languages.resolve(null, List.of(Locale.FRENCH)), "else English");
        assertEquals(Locale.ENGLISH, Languages.resolve(null, List.of()));
    }

    @Test
    void onlyTheOfferedLanguagesAreSupported() {
        assertTrue(Languages.isSupported("de"));
        assertFalse(Languages.isSupported("fr"));
        assertFalse(Languages.isSupported(null));
    }
}
