package org.servicepact.platform.i18n;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessageTest {

    private final Message breach = Message.of("notification.BREACHED", "REQ-7", "Printer \"jam\" \\ tray 2",
            Message.of("agreement.measure.RESOLUTION"));

    @Test
    void aMessageIsRenderedWithItsNestedKeysInTheReadersLanguage() {
        assertEquals("REQ-7 (Printer \"jam\" \\ tray 2): Resolution is past its due time.", breach.render(Locale.ENGLISH));
    }

    @Test
    void aMessageSurvivesItsJsonUnchanged() {
        assertEquals(breach, Message.fromJson(breach.toJson()));
        Message typed = Message.literal("Escalated: nobody answers {0} ' quotes");
        assertEquals(typed, Message.fromJson(typed.toJson()));
        assertEquals("Escalated: nobody answers {0} ' quotes", typed.render(Locale.ENGLISH), "literal text is never a pattern");
    }

    @Test
    void aDateIsReadInTheReadersWords() {
        Message inForce = Message.of("notification.IN_FORCE", "IT services", "2", Message.date(LocalDate.of(2027, 1, 1)));
        assertEquals("IT services (version 2) is in force from Fri 1 Jan 2027.", inForce.render(Locale.ENGLISH));
        assertEquals(inForce, Message.fromJson(inForce.toJson()), "kept as JSON like any message");
        assertEquals("Fr. 1. Jan. 2027", Message.date(LocalDate.of(2027, 1, 1)).render(Locale.GERMAN));
    }
}
