package org.servicepact.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutgoingMailTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

    @Test
    void theDelayDoublesFromAMinuteUpToAnHour() {
        assertEquals(Duration.ofMinutes(1), OutgoingMail.delayAfter(1));
        assertEquals(Duration.ofMinutes(2), OutgoingMail.delayAfter(2));
        assertEquals(Duration.ofMinutes(32), OutgoingMail.delayAfter(6));
        assertEquals(Duration.ofHours(1), OutgoingMail.delayAfter(7));
        assertEquals(Duration.ofHours(1), OutgoingMail.delayAfter(500));
    }

    @Test
    void aMailAboutARequestALetterOrAnAgreementIsPartOfItsConversationAndADigestOfNone() {
        assertEquals(Optional.of("request-42"), mailAbout(MailThread.ofRequest(42L)).thread().name());
        assertEquals(Optional.of("letter-7"), mailAbout(new MailThread(null, 7L, null)).thread().name());
        assertEquals(Optional.of("agreement-3"), mailAbout(new MailThread(null, null, 3L)).thread().name());
        assertEquals(Optional.empty(), mailAbout(MailThread.ofRequest(null)).thread().name());
        assertEquals(Optional.empty(), new OutgoingMail(1, "lena@example.org", "Your daily digest", "B", NOW).thread().name());
    }

    private static OutgoingMail mailAbout(MailThread thread) {
        return new OutgoingMail(1, "lena@example.org", "Subject", "Body", NOW, null, thread);
    }

    @Test
    void aNewMailIsDueAtOnceAndASentOneNeverAgain() {
        OutgoingMail mail = new OutgoingMail(1, "lena@example.org", "Subject", "Body", NOW);
        assertEquals(NOW, mail.getNextAttemptAt());
        mail.sent(NOW.plusSeconds(5));
        assertNull(mail.getNextAttemptAt());
        assertEquals(NOW.plusSeconds(5), mail.getSentAt());
    }

    @Test
    void aFailedAttemptWaitsAndTheLastOneGivesUpSayingWhy() throws ReflectiveOperationException {
        OutgoingMail mail = new OutgoingMail(1, "lena@example.org", "Subject", "Body", NOW);
        attempts(mail, 3);
        mail.failed(NOW, "Connection refused");
        assertEquals(NOW.plus(Duration.ofMinutes(4)), mail.getNextAttemptAt());
        assertEquals("Connection refused", mail.getLastError());

        attempts(mail, OutgoingMail.MAX_ATTEMPTS);
        mail.failed(NOW, "x".repeat(2000));
        assertNull(mail.getNextAttemptAt(), "given up: the job looks at it no more");
        assertEquals(NOW, mail.getGivenUpAt());
        assertEquals(500, mail.getLastError().length());
        assertTrue(mail.getLastError().endsWith("…"));
    }

    /** The claim counts attempts in the database (a conditional update); here it is set as the claims would. */
    private static void attempts(OutgoingMail mail, int attempts) throws ReflectiveOperationException {
        var field = OutboxItem.class.getDeclaredField("attempts");
        field.setAccessible(true);
        field.setInt(mail, attempts);
    }
}
