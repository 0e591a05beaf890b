package org.servicepact.notification.application;

import org.junit.jupiter.api.Test;
import org.servicepact.notification.domain.Notification;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.domain.Employee.PersonalDetails;
import org.servicepact.platform.i18n.Message;
import org.servicepact.platform.i18n.Texts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailTextsTest {

    private static final Employee LENA = new Employee("lena.fischer",
            new PersonalDetails("Lena Fischer", "Accountant", "lena.fischer@example.org", null), new Department("FIN", "Finance"));
    private static final MailTexts TEXTS = new MailTexts(Texts.DEFAULT, "https://portal.example.org");

    private static Notification question(String title, Instant at) {
        return new Notification(LENA, 42L, null, "QUESTION", Message.of("notification.QUESTION", "REQ-42", title, Message.literal("")), at);
    }

    @Test
    void aMailSaysWhatHappenedAndLinksToItsPage() {
        Notification notice = question("New laptop", Instant.parse("2026-11-30T09:00:00Z"));
        assertEquals("[ServicePact] REQ-42: New laptop", TEXTS.subject(notice));
        String body = TEXTS.body("Lena Fischer", notice);
        assertTrue(body.startsWith("Hello Lena Fischer,\n\nA question for you on REQ-42 (New laptop)."), body);
        assertTrue(body.contains("https://portal.example.org/requests/request.xhtml?id=42"), body);
        assertTrue(body.contains("A question for me on a request"), "names the kind it was chosen for: " + body);
        assertTrue(body.contains("https://portal.example.org/profile.xhtml"), body);
    }

    @Test
    void theMailsAboutOneRequestHaveOneSubjectSoThatMailReadersThreadThem() {
        Notification resolved = new Notification(LENA, 42L, null, "RESOLVED",
                Message.of("notification.RESOLVED", "REQ-42", "New laptop", Message.literal("")), Instant.EPOCH);
        assertEquals(TEXTS.subject(question("New laptop", Instant.EPOCH)), TEXTS.subject(resolved));
        assertEquals("[ServicePact] REQ-42: New laptop", new MailTexts(Locale.GERMAN, "https://portal.example.org").subject(resolved));
    }

    @Test
    void theMailsAboutOneLetterHaveOneSubjectToo() {
        Notification acknowledged = new Notification(LENA, null, 7L, "LETTER_ACKNOWLEDGED",
                Message.of("notification.LETTER_ACKNOWLEDGED", "LET-7", "Thanks"), Instant.EPOCH);
        Notification closed = new Notification(LENA, null, 7L, "LETTER_CLOSED",
                Message.of("notification.LETTER_CLOSED", "LET-7", "Thanks"), Instant.EPOCH);
        assertEquals("[ServicePact] LET-7: Thanks", TEXTS.subject(acknowledged));
        assertEquals(TEXTS.subject(acknowledged), TEXTS.subject(closed));
    }

    @Test
    void theMailsOfOneAgreementsNegotiationAreTitledByTheAgreement() {
        Notification proposal = Notification.aboutAgreement(LENA, 3L, "PROPOSAL_WAITING",
                Message.of("notification.PROPOSAL_WAITING", "IT services for Finance", "2", ""), Instant.EPOCH);
        Notification sentBack = Notification.aboutAgreement(LENA, 3L, "SENT_BACK",
                Message.of("notification.SENT_BACK", "IT services for Finance", "2", "Four hours is too slow."), Instant.EPOCH);
        assertEquals("[ServicePact] Agreement: IT services for Finance", TEXTS.subject(proposal));
        assertEquals(TEXTS.subject(proposal), TEXTS.subject(sentBack));
        assertEquals("[ServicePact] Vereinbarung: IT services for Finance",
                new MailTexts(Locale.GERMAN, "https://portal.example.org").subject(sentBack));
    }

    @Test
    void aNoticeAboutNothingInParticularSaysWhatHappenedInItsSubject() {
        Notification summary = new Notification(LENA, null, null, "DOWN_BREACHED", Message.of("notification.DOWN_BREACHED", "3"),
                Instant.EPOCH);
        assertEquals("[ServicePact] Due times of your requests that passed while the portal was down: 3.", TEXTS.subject(summary));
    }

    @Test
    void aLetterLinksToTheLetter() {
        Notification notice = new Notification(LENA, null, 7L, "LETTER_RECEIVED",
                Message.of("notification.LETTER_RECEIVED", "LET-7", "Thanks"), Instant.EPOCH);
        assertEquals("https://portal.example.org/feedback/letter.xhtml?id=7", TEXTS.link(notice));
    }

    @Test
    void aSubjectIsOneLineWhateverWasTyped() {
        Notification notice = question("Line one\r\nBcc: someone@example.org", Instant.EPOCH);
        assertFalse(TEXTS.subject(notice).contains("\n"));
        assertFalse(TEXTS.subject(notice).contains("\r"));
        assertTrue(TEXTS.subject(question("x".repeat(500), Instant.EPOCH)).length() <= "[ServicePact] ".length() + 200);
    }

    @Test
    void aDigestListsEachNoticeWithItsTimeAndLink() {
        List<Notification> notices = List.of(question("First", Instant.parse("2026-11-30T09:00:00Z")),
                question("Second", Instant.parse("2026-11-30T10:30:00Z")));
        assertEquals("[ServicePact] Your daily digest: 2 notices", TEXTS.digestSubject(2));
        assertEquals("[ServicePact] Your daily digest: 1 notice", TEXTS.digestSubject(1));
        String body = TEXTS.digestBody("Lena Fischer", notices, ZoneId.of("Europe/Berlin"));
        assertTrue(body.contains("(2 notices)"), body);
        assertTrue(body.contains("11:30") && body.contains("REQ-42 (Second)"), "times in the reader's zone: " + body);
        assertTrue(body.indexOf("First") < body.indexOf("Second"), body);
    }
}
