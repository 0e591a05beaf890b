package org.servicepact.notification.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReplyTextTest {

    @Test
    void theQuotedMailAndTheSignatureAreLeftOut() {
        String reply = "It is a T14, bought in 2023.\r\n\r\nLena\r\n-- \r\nLena Fischer | Finance\r\n\r\n"
                + "On Mon, 30 Nov 2026 at 09:00, ServicePact <portal@example.org> wrote:\r\n> A question for you on REQ-42\r\n";
        assertEquals("It is a T14, bought in 2023.\n\nLena", ReplyText.of(reply));
    }

    @Test
    void outlookStyleAndInterleavedQuotesToo() {
        assertEquals("Yes.", ReplyText.of("Yes.\n-----Original Message-----\nFrom: ServicePact\nA question"));
        assertEquals("Yes.", ReplyText.of("Yes.\n\nFrom: ServicePact <portal@example.org>\nSent: Monday"));
        assertEquals("Third floor.\nRoom 3.12.", ReplyText.of("> Which floor?\nThird floor.\n> Which room?\nRoom 3.12.\n"));
    }

    @Test
    void aLineTheWriterBeganWithAGreaterThanSignIsTheirs() {
        assertEquals("It lasts an hour.\n>2 hours is what it should last.\n>=3 screens need a dock.",
                ReplyText.of("It lasts an hour.\n>2 hours is what it should last.\n>=3 screens need a dock.\n> Which model?\n>\n>> Quoted twice\n>\tTabbed"));
    }

    @Test
    void aReplyOfOnlyTheQuoteIsEmpty() {
        assertEquals("", ReplyText.of("\n\nOn Mon, 30 Nov 2026, ServicePact wrote:\n> Which floor?"));
    }

    @Test
    void anAttributionBrokenOverTwoLinesIsFoundToo() {
        assertEquals("Room 3.12.", ReplyText.of("Room 3.12.\n\nOn Mon, 30 Nov 2026 at 09:00, ServicePact <\nportal@example.org> wrote:\n\n"
                + "> Which room?"));
        assertEquals("Raum 3.12.", ReplyText.of("Raum 3.12.\n\nAm Mo., 30. Nov. 2026 um 09:00 Uhr schrieb ServicePact\n"
                + "<portal@example.org>:\n> Welcher Raum?"));
        assertEquals("Ja.", ReplyText.of("Ja.\nAm 30.11.2026 um 09:00 schrieb ServicePact <portal@example.org>:\n> Welcher Raum?"));
        assertEquals("On Monday it worked.\nToday it does not.", ReplyText.of("On Monday it worked.\nToday it does not."));
        assertEquals("Am Montag schrieb ich:\ngeht nicht.", ReplyText.of("Am Montag schrieb ich:\ngeht nicht."), "no one after \"schrieb\"");
    }

    @Test
    void outlooksHeaderBlockInEnglishOrGermanUnderItsRule() {
        assertEquals("Ja, im dritten Stock.", ReplyText.of("Ja, im dritten Stock.\n\nVon: ServicePact <portal@example.org>\n"
                + "Gesendet: Montag, 30. November 2026 09:00\nAn: Lena Fischer\nBetreff: Eine Frage"));
        assertEquals("Yes.", ReplyText.of("Yes.\n\n________________________________\nFrom: ServicePact <portal@example.org>\n"
                + "Sent: Monday, 30 November 2026 09:00"));
        assertEquals("From: 9 to 5, every weekday.", ReplyText.of("From: 9 to 5, every weekday."), "a line of the answer itself");
    }

    @Test
    void theLineAPhoneAddsAtTheEndIsLeftOut() {
        assertEquals("Room 3.12.", ReplyText.of("Room 3.12.\n\nSent from my iPhone\n\nOn Mon, 30 Nov 2026, ServicePact wrote:\n> Which?"));
        assertEquals("Raum 3.12.", ReplyText.of("Raum 3.12.\n\nVon meinem iPhone gesendet"));
        assertEquals("Room 3.12.", ReplyText.of("Room 3.12.\nGet Outlook for Android"));
        assertEquals("Room 3.12.", ReplyText.of("Room 3.12.\n\nSent from Mail for Windows"));
        assertEquals("Sent from my phone, so it is short: room 3.12.",
                ReplyText.of("Sent from my phone, so it is short: room 3.12."), "a line of the answer that only begins so");
        assertEquals("", ReplyText.of("Sent from my iPhone"));
    }
}
