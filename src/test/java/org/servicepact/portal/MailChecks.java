package org.servicepact.portal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.servicepact.feedback.application.LetterForm;
import org.servicepact.feedback.application.Letters;
import org.servicepact.feedback.domain.Letter;
import org.servicepact.notification.application.MailChoices;
import org.servicepact.notification.application.MailOutbox;
import org.servicepact.notification.application.Notifications;
import org.servicepact.notification.domain.Notification;
import org.servicepact.notification.application.MailDispatch;
import org.servicepact.notification.domain.Delivery;
import org.servicepact.notification.domain.OutgoingMail;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.application.RequestWatcher;
import org.servicepact.request.application.Requests;
import org.servicepact.request.application.WatcherCaughtUp;
import org.servicepact.request.domain.PeerRequest;
import org.servicepact.request.domain.RequestStatus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

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
    RequestWatcher watcher();
    MailOutbox mailOutbox();
    Notifications notifications();
    MailDispatch mailDispatch();
    MailChoices mailChoices();
    Letters letters();
    ControllableClock clock();
    EntityManager em();

    String REPLIES = "replies@servicepact.test";
    String REPLIES_PASSWORD = "reply secret";

    /** The portal's mail settings for this check's server: SMTP on one port, the reply mailbox by IMAP on another. */
    static String settings(int port, int imapPort) {
        return String.join("\n", "servicepact.mail.host=127.0.0.1", "servicepact.mail.port=" + port, "servicepact.mail.tls=off",
                "servicepact.mail.from=ServicePact <portal@servicepact.test>", "servicepact.portal.url=https://portal.test",
                "servicepact.mail.reply-to=" + REPLIES, "servicepact.imap.host=127.0.0.1", "servicepact.imap.port=" + imapPort,
                "servicepact.imap.tls=off", "servicepact.imap.user=" + REPLIES, "servicepact.imap.password=" + REPLIES_PASSWORD,
                "servicepact.test.mailPort=" + port, "servicepact.test.imapPort=" + imapPort, "");
    }

    /** The SMTP and IMAP server the deployment was configured with, started: stop it when done. */
    static GreenMail startedMailServer() {
        int port = ConfigProvider.getConfig().getValue("servicepact.test.mailPort", Integer.class);
        int imapPort = ConfigProvider.getConfig().getValue("servicepact.test.imapPort", Integer.class);
        GreenMail server = new GreenMail(new ServerSetup[] {new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.start();
        server.setUser(REPLIES, REPLIES, REPLIES_PASSWORD);
        return server;
    }

    /**
     * {@code from} replies to {@code mail} as a mail program does (to its Reply-To, the text above the quoted mail); the
     * server delivers it to the reply mailbox, as a mail server with plus-addressing does.
     */
    private static void reply(GreenMail server, MimeMessage mail, String from, String text) throws Exception {
        reply(server, mail, from, text, "text/plain; charset=UTF-8");
    }

    /** The same reply sent flowed (RFC 3676), as Thunderbird and Apple Mail send plain text: lines ending in a space go on. */
    private static void replyFlowed(GreenMail server, MimeMessage mail, String from, String text) throws Exception {
        reply(server, mail, from, text, "text/plain; charset=UTF-8; format=flowed");
    }

    private static void reply(GreenMail server, MimeMessage mail, String from, String text, String type) throws Exception {
        MimeMessage reply = replyTo(server, mail, from);
        reply.setContent(text + "\n\nOn Mon, 30 Nov 2026, ServicePact <portal@servicepact.test> wrote:\n> "
                + ((String) mail.getContent()).replace("\n", "\n> "), type);
        Transport.send(reply, new Address[] {new InternetAddress(REPLIES)});
    }

    /** The same reply as German Outlook writes it: the mail it answers under a "Von:" block, not quoted line by line. */
    private static void replyFromGermanOutlook(GreenMail server, MimeMessage mail, String from, String text) throws Exception {
        MimeMessage reply = replyTo(server, mail, from);
        reply.setContent(text + "\n\nVon: ServicePact <portal@servicepact.test>\nGesendet: Montag, 30. November 2026 09:00\n"
                + "An: " + from + "\nBetreff: " + mail.getSubject() + "\n\n" + mail.getContent(), "text/plain; charset=UTF-8");
        Transport.send(reply, new Address[] {new InternetAddress(REPLIES)});
    }

    /** The same reply written in HTML only, as some mail programs send it: the quoted mail in a blockquote. */
    private static void replyInHtml(GreenMail server, MimeMessage mail, String from, String html) throws Exception {
        MimeMessage reply = replyTo(server, mail, from);
        reply.setContent("<html><head><style>p { margin: 0 }</style></head><body>" + html
                + "<div>On Mon, 30 Nov 2026, ServicePact &lt;portal@servicepact.test&gt; wrote:</div><blockquote>"
                + mail.getContent() + "</blockquote></body></html>", "text/html; charset=UTF-8");
        Transport.send(reply, new Address[] {new InternetAddress(REPLIES)});
    }

    /** A reply whose text is in a character set no one knows, put straight into the reply mailbox as a server would. */
    private static void replyInAnUnknownCharset(GreenMail server, MimeMessage mail, String from) throws Exception {
        String raw = "From: " + from + "\r\nTo: " + mail.getReplyTo()[0] + "\r\nSubject: Re: " + mail.getSubject()
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\nA T14.\r\n";
        MimeMessage reply = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
        server.getManagers().getImapHostManager().getInbox(server.getUserManager().getUser(REPLIES)).store(reply);
    }

    /** A reply to {@code mail} from {@code from}, without its text yet. */
    private static MimeMessage replyTo(GreenMail server, MimeMessage mail, String from) throws MessagingException {
        Session session = Session.getInstance(server.getSmtp().getServerSetup().configureJavaMailSessionProperties(null, false));
        MimeMessage reply = new MimeMessage(session);
        reply.setFrom(new InternetAddress(from));
        reply.setRecipients(Message.RecipientType.TO, mail.getReplyTo());
        reply.setSubject("Re: " + mail.getSubject());
        return reply;
    }

    /** The newest mail to {@code to} whose subject or text holds {@code text}. */
    private static MimeMessage lastTo(GreenMail server, String to, String text) {
        List<MimeMessage> found = Arrays.stream(server.getReceivedMessages()).filter(message -> {
            try {
                return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(to)
                        && (message.getSubject().contains(text) || ((String) message.getContent()).contains(text));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertTrue(!found.isEmpty(), "a mail to " + to + " about " + text);
        return found.get(found.size() - 1);
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
            assertEquals("[ServicePact] REQ-" + id + ": " + title, mail.getSubject());
            assertTrue(((String) mail.getContent()).contains("A question for you on REQ-" + id + " (" + title + ")."), "what happened");
            assertTrue(((String) mail.getContent()).contains("https://portal.test/requests/request.xhtml?id=" + id), "a link to the page");

            mailDispatch().runOnce();
            assertEquals(1, about(server, title).size(), "a sent mail is never sent again");
        } finally {
            server.stop();
        }
    }

    @Test
    default void theMailsAboutOneLetterAreOneConversationForEachOfItsReaders() throws Exception {
        String subject = "Letter thread " + System.nanoTime();
        String fatima = "fatima.rahman@servicepact.example";
        mailChoices().save("fatima.rahman", Map.of("LETTER_ACKNOWLEDGED", Delivery.AT_ONCE, "LETTER_CLOSED", Delivery.AT_ONCE),
                LocalTime.of(8, 0));
        GreenMail server = startedMailServer();
        try {
            LetterForm complaint = new LetterForm();
            complaint.setKind(Letter.Kind.COMPLAINT);
            complaint.setAboutEmployeeId(em().createNamedQuery(Employee.BY_USERNAME, Employee.class)
                    .setParameter("username", "daniel.okafor").getSingleResult().getId());
            complaint.setSubject(subject);
            complaint.setBody("The share was down for the third close in a row.");
            long id = letters().write(complaint, "fatima.rahman").getId();
            letters().acknowledge(id, letters().detail(id, "priya.nair").getVersion(), "priya.nair", "I will talk to Daniel.");
            em().clear();
            letters().close(id, letters().detail(id, "priya.nair").getVersion(), "priya.nair", "A standby now.",
                    Letter.Outcome.PARTLY_UPHELD);
            mailDispatch().runOnce();

            List<MimeMessage> toFatima = about(server, subject).stream().filter(mail -> addressedTo(mail, fatima)).toList();
            assertEquals(2, toFatima.size(), "its writer hears of the acknowledgement and the closing");
            for (MimeMessage aboutTheLetter : about(server, subject)) {
                assertEquals("<letter-" + id + "@servicepact.test>", aboutTheLetter.getHeader("References", null),
                        "the mails about one letter are one conversation");
                assertEquals("<letter-" + id + "@servicepact.test>", aboutTheLetter.getHeader("In-Reply-To", null));
                assertEquals("[ServicePact] LET-" + id + ": " + subject, aboutTheLetter.getSubject(), "with one subject");
            }
            assertEquals(List.of("daniel.okafor@servicepact.example", fatima, fatima, "priya.nair@servicepact.example"),
                    about(server, subject).stream().map(MailChecks::recipient).sorted().toList(),
                    "its addressee, the person it is about once acknowledged, and its writer twice");
            assertTrue(toFatima.stream().anyMatch(mail -> text(mail).contains("was closed with an outcome")), "each says what happened");
            assertTrue(toFatima.stream().anyMatch(mail -> text(mail).contains("was acknowledged")));
        } finally {
            server.stop();
            mailChoices().save("fatima.rahman", Map.of("LETTER_ACKNOWLEDGED", Delivery.DIGEST, "LETTER_CLOSED", Delivery.DIGEST),
                    LocalTime.of(8, 0));
        }
    }

    private static String text(MimeMessage mail) {
        try {
            return (String) mail.getContent();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage mail, String address) {
        return recipient(mail).equals(address);
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
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
    default void theCatchUpAfterDowntimeSummarisesWhatHappenedWhileThePortalWasDown() {
        String title = "Catch-up " + System.nanoTime();
        long first = logged(title + " A").getId();
        long second = logged(title + " B").getId();
        act(first, "sofia.berg", Requests.Act.TAKE, null);
        act(second, "sofia.berg", Requests.Act.TAKE, null);
        Instant restart = requests().detail(second, "sofia.berg").getSubmittedAt().plus(Duration.ofDays(10));

        watcher().catchUp(first, restart);
        watcher().catchUp(second, restart);
        mailOutbox().caughtUp(new WatcherCaughtUp(restart));

        List<Notification> sofias = notifications().recent("sofia.berg", 200);
        assertTrue(sofias.stream().noneMatch(n -> n.getRequestId() != null && (n.getRequestId() == first || n.getRequestId() == second)),
                "nothing replayed as news");
        List<Notification> summaries = sofias.stream().filter(n -> n.getKind().equals("DOWN_BREACHED") && n.getCreatedAt().equals(restart)).toList();
        assertEquals(1, summaries.size(), "one summary");
        assertEquals("Due times of your requests that passed while the portal was down: 4.",
                summaries.get(0).getMessage().render(Locale.ENGLISH), "both clocks of both requests");
        assertEquals(1, notifications().recent("marco.rossi", 200).stream()
                .filter(n -> n.getKind().equals("DOWN_ESCALATED") && n.getCreatedAt().equals(restart)).count());
        assertEquals(1, em().createQuery("SELECT COUNT(m) FROM OutgoingMail m WHERE m.address = :a AND m.subject LIKE :s", Long.class)
                .setParameter("a", "sofia.berg@servicepact.example").setParameter("s", "%while the portal was down: 4.")
                .getSingleResult(), "one mail with the final count");
        assertEquals(2, requests().detail(first, "sofia.berg").getEscalations().size(), "the escalations themselves are all there");
    }

    @Test
    default void aReplyToAQuestionBecomesTheAnswerAndAReplyToAResolutionConfirmsIt() throws Exception {
        String title = "Reply check " + System.nanoTime();
        long id = logged(title).getId();
        GreenMail server = startedMailServer();
        try {
            act(id, "priya.nair", Requests.Act.ASK, "Which model is it?");
            mailDispatch().runOnce();
            MimeMessage question = lastTo(server, LENA, title);
            assertTrue(((String) question.getContent()).contains("You can answer by replying to this mail"));

            reply(server, question, "priya.nair@servicepact.example", "I answer for her: a T14.");
            mailDispatch().runOnce();
            assertEquals(RequestStatus.WAITING_ON_REQUESTER, status(id), "a reply from another address does nothing");
            String refusal = (String) lastTo(server, "priya.nair@servicepact.example", "Not used: Re: ").getContent();
            assertTrue(refusal.contains("replies are taken only from the address the mail was sent to"), refusal);

            reply(server, question, LENA, "A T14. ".repeat(600));
            mailDispatch().runOnce();
            assertEquals(RequestStatus.WAITING_ON_REQUESTER, status(id), "an answer longer than the page takes is refused");
            String tooLong = (String) lastTo(server, LENA, "Not used: Re: ").getContent();
            assertTrue(tooLong.contains("could not be used: At most 4000 characters."), "with the page's reason, whole: " + tooLong);

            replyInAnUnknownCharset(server, question, LENA);
            mailDispatch().runOnce();
            assertEquals(RequestStatus.WAITING_ON_REQUESTER, status(id), "a text that cannot be read does nothing");
            String unreadable = (String) lastTo(server, LENA, "Not used: Re: ").getContent();
            assertTrue(unreadable.contains("could not be used: its text could not be read"), "and its writer hears so: " + unreadable);

            replyInHtml(server, question, LENA, "<p>A T14, bought in 2023 &ndash; Gr&uuml;&szlig;e.</p><br><div>Von meinem iPhone gesendet</div>");
            mailDispatch().runOnce();
            assertEquals(RequestStatus.IN_PROGRESS, status(id), "the answer stops the requester's clock: back with the provider");
            em().clear();
            assertTrue(requests().detail(id, "lena.fischer").getEvents().stream()
                    .anyMatch(event -> "A T14, bought in 2023 – Grüße.".equals(event.getComment())),
                    "the reply's own words as its reader saw them, the quote and the phone's line left out");
            assertEquals(0, openReplies(server), "the mailbox is emptied");

            reply(server, question, LENA, "Again.");
            mailDispatch().runOnce();
            assertTrue(((String) lastTo(server, LENA, "Not used: Re: ").getContent()).contains("it was used already"), "a token acts once");

            act(id, "priya.nair", Requests.Act.RESOLVE, "Battery replaced.");
            mailDispatch().runOnce();
            String conversation = "<request-" + id + "@servicepact.test>";
            for (MimeMessage aboutTheRequest : List.of(question, lastTo(server, LENA, "Not used: Re: "), lastTo(server, LENA, "was resolved"))) {
                assertEquals(conversation, aboutTheRequest.getHeader("References", null), "the mails about one request are one conversation");
                assertEquals(conversation, aboutTheRequest.getHeader("In-Reply-To", null));
                assertTrue(aboutTheRequest.getMessageID().endsWith("@servicepact.test>"), "a Message-ID in the sender's domain");
                assertEquals("auto-generated", aboutTheRequest.getHeader("Auto-Submitted", null), "no auto-reply wanted");
                assertEquals("OOF, AutoReply", aboutTheRequest.getHeader("X-Auto-Response-Suppress", null), "no out-of-office note either");
            }
            assertEquals(question.getSubject(), lastTo(server, LENA, "was resolved").getSubject(),
                    "one subject, which Gmail and Outlook need to show one conversation");
            replyFlowed(server, lastTo(server, LENA, "was resolved"), LENA,
                    "reopen: the battery still drains \nwithin an hour.\n\nIt was fine \nfor a day.\n >2 hours is what it \nshould last.");
            mailDispatch().runOnce();
            assertEquals(RequestStatus.IN_PROGRESS, status(id), "reopened by reply");
            assertTrue(requests().detail(id, "lena.fischer").getEvents().stream()
                    .anyMatch(event -> "the battery still drains within an hour.\n\nIt was fine for a day.\n>2 hours is what it should last."
                            .equals(event.getComment())),
                    "the reason in the lines Lena typed, not those her mail program broke; her own \">\" is no quote");

            act(id, "priya.nair", Requests.Act.RESOLVE, "New battery fitted.");
            mailDispatch().runOnce();
            replyFromGermanOutlook(server, lastTo(server, LENA, "was resolved"), LENA,
                    "Wieder öffnen: das Netzteil fehlt.\n>2 Stunden hält der Akku nicht.");
            mailDispatch().runOnce();
            assertEquals(RequestStatus.IN_PROGRESS, status(id), "reopened by a reply in German");
            em().clear();
            assertTrue(requests().detail(id, "lena.fischer").getEvents().stream()
                    .anyMatch(event -> "das Netzteil fehlt.\n>2 Stunden hält der Akku nicht.".equals(event.getComment())),
                    "the reason without the mail Outlook put under its \"Von:\" block, with a line Lena began with \">\" in plain text");

            act(id, "priya.nair", Requests.Act.RESOLVE, "Charger added.");
            mailDispatch().runOnce();
            reply(server, lastTo(server, LENA, "was resolved"), LENA, "Bestätigt.");
            mailDispatch().runOnce();
            assertEquals(RequestStatus.CLOSED, status(id), "confirmed by reply, in German too");
        } finally {
            server.stop();
        }
    }

    private RequestStatus status(long id) {
        em().clear();
        return requests().detail(id, "lena.fischer").getStatus();
    }

    /** Mails still in the reply mailbox (the portal deletes each it has read). */
    private static int openReplies(GreenMail server) throws Exception {
        return server.getManagers().getImapHostManager().getInbox(server.getUserManager().getUser(REPLIES)).getMessageCount();
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
