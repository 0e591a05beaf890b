package org.servicepact.portal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The real mail server the browser tests' portal sends through: GreenMail's SMTP server in the test JVM, started
 * once, and the portal's settings for it (the mail job every two seconds, links to {@link #PORTAL_URL}).
 */
final class MailServers {

    /** What the portal's mails link to; the tests open the same path on the portal they run against. */
    static final String PORTAL_URL = "https://portal.test";

    private static GreenMail smtp;

    private MailServers() {
    }

    static synchronized GreenMail smtp() {
        if (smtp == null) {
            smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
        return smtp;
    }

    static JavaArchive configuration() {
        String settings = String.join("\n", "config_ordinal=500",
                "servicepact.mail.host=127.0.0.1",
                "servicepact.mail.port=" + smtp().getSmtp().getPort(),
                "servicepact.mail.tls=off",
                "servicepact.mail.from=ServicePact <portal@servicepact.test>",
                "servicepact.mail.every-seconds=2",
                "servicepact.portal.url=" + PORTAL_URL, "");
        return ShrinkWrap.create(JavaArchive.class, "mail-server.jar")
                .addAsManifestResource(new StringAsset(settings), "microprofile-config.properties");
    }

    /** Waits (at most 30 s) for a mail to {@code to} whose subject contains {@code text}. */
    static Optional<MimeMessage> awaitMail(String to, String text) throws MessagingException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            for (MimeMessage message : smtp().getReceivedMessages()) {
                if (message.getSubject().contains(text) && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equals(to))) {
                    return Optional.of(message);
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
