package org.servicepact.notification.application;

import org.junit.jupiter.api.Test;
import org.servicepact.feedback.application.LetterNotice;
import org.servicepact.notification.domain.Delivery;
import org.servicepact.platform.i18n.Texts;
import org.servicepact.request.application.RequestNotice;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class MailOutboxTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theDigestTimeLastShownIsTodaysOnceItHasPassedElseYesterdays() {
        assertEquals(Instant.parse("2026-11-30T07:00:00Z"),
                MailOutbox.lastOccurrence(LocalTime.of(8, 0), BERLIN, Instant.parse("2026-11-30T07:00:00Z")));
        assertEquals(Instant.parse("2026-11-29T07:00:00Z"),
                MailOutbox.lastOccurrence(LocalTime.of(8, 0), BERLIN, Instant.parse("2026-11-30T06:59:59Z")));
    }

    @Test
    void aDigestTimeInTheSpringGapComesAtTheJump() {
        // 2026-03-29 02:30 does not exist in Berlin: the clock jumps from 02:00 to 03:00 (01:00 UTC)
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"),
                MailOutbox.lastOccurrence(LocalTime.of(2, 30), BERLIN, Instant.parse("2026-03-29T12:00:00Z")));
    }

    @Test
    void whatAsksTheReaderToActComesAtOnceByDefaultTheRestInTheDigest() {
        assertEquals(Delivery.AT_ONCE, NoticeKinds.defaultDelivery(RequestNotice.Kind.QUESTION.name()));
        assertEquals(Delivery.AT_ONCE, NoticeKinds.defaultDelivery(LetterNotice.Kind.LETTER_RECEIVED.name()));
        assertEquals(Delivery.DIGEST, NoticeKinds.defaultDelivery(RequestNotice.Kind.WARNING.name()));
        assertFalse(NoticeKinds.isKnown("SOMETHING_ELSE"));
    }

    @Test
    void everyKindHasItsNameOnTheProfileAndItsNotice() {
        for (String kind : NoticeKinds.all()) {
            assertFalse(Texts.format(Texts.DEFAULT, "mail.kind." + kind).startsWith("mail."), kind);
            assertFalse(Texts.format(Texts.DEFAULT, "notification." + kind, "REQ-1", "t", "d").startsWith("notification."), kind);
        }
    }
}
