package org.servicepact.portal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.servicepact.notification.application.MailChoices;
import org.servicepact.notification.application.MailDispatch;
import org.servicepact.notification.domain.Delivery;
import org.servicepact.notification.domain.OutgoingMail;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.application.Requests;
import org.servicepact.request.domain.PeerRequest;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In the container: notices by mail through a real SMTP server (GreenMail) the check starts in the portal's own JVM, on
 * the port {@link InContainerIT}'s deployment configured; the mail job run by hand at instants the check chooses.
 */
interface MailChecks {

    String LENA = "lena.fischer@servicepact.example";

    // what the checks use; InContainerIT injects it
    Requests requests();
    MailDispatch mailDispatch();
    MailChoices mailChoices();
    ControllableClock clock();
    EntityManager em();

    /** The portal's mail settings for this check's server. */
    static String settings(int port) {
        return String.join("\n", "servicepact.mail.host=127.0.0.1", "servicepact.mail.port=" + port, "servicepact.mail.tls=off",
                "servicepact.mail.from=ServicePact <portal@servicepact.test>", "servicepact.portal.url=https://portal.test",
                "servicepact.test.mailPort=" + port, "");
    }

    private static GreenMail startedMailServer() {
        int port = ConfigProvider.getConfig().getValue("servicepact.test.mailPort", Integer.class);
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private PeerRequest logged(String title) {
        return requests().log(DemoRequestForms.lenaAsksIt(requests(), title), "lena.fischer");
    }

    private void act(long id, String who, Requests.Act act, String text) {
        em().clear();
        requests().act(id, requests().detail(id, who).getVersion(), who, act, text, null);
    }

    /** The messages the server holds about a request (its title is unique to the check). */
    private static List<MimeMessage> about(GreenMail server, String title) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> subject(message).contains(title)).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digests the server holds for {@code to} that mention {@code title}. */
    private static List<MimeMessage> digestsFor(GreenMail server, String to, String title) {
        return Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                return message.getSubject().startsWith("[ServicePact] Your daily digest")
                        && message.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)
                        && ((String) message.getContent()).contains(title);
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private OutgoingMail inTheOutbox(String title) {
        em().clear();
        return em().createQuery("SELECT m FROM OutgoingMail m WHERE m.subject LIKE :title", OutgoingMail.class)
                .setParameter("title", "%" + title + "%").getSingleResult();
    }

    @Test
    default void aQuestionReachesTheRequesterByMailOnceWithALinkToItsPage() throws Exception {
        String title = "Mail check " + System.nanoTime();
        long id = logged(title).getId();
        GreenMail server = startedMailServer();
        try {
            act(id, "priya.nair", Requests.Act.ASK, "Which model is it?");
            mailDispatch().runOnce();
            List<MimeMessage> received = about(server, title);
            assertEquals(1, received.size(), "one mail for one notice");
            MimeMessage mail = received.get(0);
            assertEquals(LENA, mail.getRecipients(Message.RecipientType.TO)[0].toString());
            assertEquals("[ServicePact] A question for you on REQ-" + id + " (" + title + ").", mail.getSubject());
            assertTrue(((String) mail.getContent()).contains("https://portal.test/requests/request.xhtml?id=" + id), "a link to the page");

            mailDispatch().runOnce();
            assertEquals(1, about(server, title).size(), "a sent mail is never sent again");
        } finally {
            server.stop();
        }
    }

    @Test
    default void aMailServerThatIsDownLosesNoMailAndGetsNoneTwice() throws Exception {
        String title = "Mail outage " + System.nanoTime();
        long id = logged(title).getId();
        act(id, "priya.nair", Requests.Act.ASK, "Which model is it?");
        try {
            Instant before = clock().instant();
            mailDispatch().runOnce(); // the server is not running: the attempt fails and waits
            OutgoingMail waiting = inTheOutbox(title);
            assertEquals(1, waiting.getAttempts());
            assertTrue(!waiting.getNextAttemptAt().isBefore(before.plus(Duration.ofMinutes(1)))
                    && !waiting.getNextAttemptAt().isAfter(clock().instant().plus(Duration.ofMinutes(1))), "tried again a minute later");
            assertTrue(waiting.getLastError().contains("Connect"), waiting.getLastError());
            GreenMail server = startedMailServer();
            try {
                mailDispatch().runOnce();
                assertEquals(0, about(server, title).size(), "not before its next attempt is due");
                clock().advance(Duration.ofSeconds(61));
                mailDispatch().runOnce();
                assertEquals(1, about(server, title).size(), "sent once the server is back");
                clock().advance(Duration.ofMinutes(10));
                mailDispatch().runOnce();
                assertEquals(1, about(server, title).size(), "and only once");
                assertEquals(2, inTheOutbox(title).getAttempts());
            } finally {
                server.stop();
            }
        } finally {
            clock().reset();
        }
    }

    @Test
    default void aDigestGathersTheChosenNoticesOnceADayAtTheChosenTime() throws Exception {
        String title = "Digest check " + System.nanoTime();
        // twelve hours from now on Lena's clock: no digest time passes while the check runs, until it moves the clock on
        LocalTime digestAt = clock().instant().atZone(ZoneId.of("Europe/Berlin")).toLocalTime().plusHours(12).withSecond(0).withNano(0);
        mailChoices().save("lena.fischer", Map.of("QUESTION", Delivery.DIGEST, "RESOLVED", Delivery.NOT_BY_MAIL), digestAt);
        GreenMail server = startedMailServer();
        try {
            long id = logged(title).getId();
            act(id, "priya.nair", Requests.Act.ASK, "Which model is it?");
            act(id, "lena.fischer", Requests.Act.ANSWER, "A T14.");
            act(id, "priya.nair", Requests.Act.ASK, "Which colour?");
            act(id, "lena.fischer", Requests.Act.ANSWER, "Black.");
            act(id, "priya.nair", Requests.Act.RESOLVE, "Ordered.");
            mailDispatch().runOnce();
            assertEquals(0, about(server, title).size(), "nothing at once: questions go in the digest, resolutions not by mail");

            clock().advance(Duration.ofHours(24).plusMinutes(1));
            mailDispatch().runOnce();
            List<MimeMessage> digests = digestsFor(server, LENA, title);
            assertEquals(1, digests.size(), "one digest");
            String body = (String) digests.get(0).getContent();
            assertEquals(2, body.split("A question for you on REQ-" + id, -1).length - 1, "both questions in it: " + body);
            assertTrue(!body.contains("was resolved"), "not what Lena wants no mail about");

            clock().advance(Duration.ofMinutes(5));
            mailDispatch().runOnce();
            assertEquals(1, digestsFor(server, LENA, title).size(), "a notice is in one digest only");
        } finally {
            server.stop();
            clock().reset();
            mailChoices().save("lena.fischer", Map.of("QUESTION", Delivery.AT_ONCE, "RESOLVED", Delivery.AT_ONCE), LocalTime.of(8, 0));
        }
    }

    @Test
    default void choicesWithoutADigestTimeAreRefusedBesideTheField() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> mailChoices().save("lena.fischer", Map.of("QUESTION", Delivery.DIGEST), null));
        assertEquals("digestAt", refused.field());
        assertEquals(Delivery.AT_ONCE, mailChoices().of("lena.fischer").kinds().stream()
                .filter(choice -> choice.kind().equals("QUESTION")).findFirst().orElseThrow().delivery(), "nothing half-saved");
    }
}
