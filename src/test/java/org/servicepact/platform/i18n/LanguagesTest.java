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
    void anApiClientIsAnsweredInTheMostPreferredLanguageOfItsHeaderThePortalSpeaks() {
        assertEquals(Locale.GERMAN, Languages.ofHeader("de-DE,de;q=0.9,en;q=0.8"));
        assertEquals(Locale.GERMAN, Languages.ofHeader("fr-CH, fr;q=0.9, de;q=0.8, en;q=0.7"), "French is not spoken");
        assertEquals(Locale.ENGLISH, Languages.ofHeader("en;q=0.5, de;q=0.4"), "the weights decide, not the order alone");
        assertEquals(Locale.GERMAN, Languages.ofHeader("en;q=0.4, de;q=0.5"));
        assertEquals(Locale.ENGLISH, Languages.ofHeader("de;q=0, fr"), "q=0 refuses a language");
        assertEquals(Locale.ENGLISH, Languages.ofHeader(null), "curl sends none");
        assertEquals(Locale.ENGLISH, Languages.ofHeader("*"));
        assertEquals(Locale.ENGLISH, Languages.ofHeader("de;q=banana,,;;"), "an unreadable header is no refusal");
    }

    @Test
    void onlyTheOfferedLanguagesAreSupported() {
        assertTrue(Languages.isSupported("de"));
        assertFalse(Languages.isSupported("fr"));
        assertFalse(Languages.isSupported(null));
    }
}
