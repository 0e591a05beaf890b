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
    void aReplyOfOnlyTheQuoteIsEmpty() {
        assertEquals("", ReplyText.of("\n\nOn Mon, 30 Nov 2026, ServicePact wrote:\n> Which floor?"));
    }
}
