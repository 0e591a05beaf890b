package org.servicepact.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.servicepact.notification.domain.OutgoingMail;

import java.nio.charset.StandardCharsets;
import java.util.Date;

/** Hands mails to the SMTP server of {@link MailSettings} with Jakarta Mail. */
@ApplicationScoped
public class MailServer {

    @Inject
    MailSettings settings;

    private volatile Session session;

    /**
     * Sends one mail of the outbox. Its Message-ID is made from its outbox number and the sender's domain, so should a
     * send be repeated after a crash in the middle of it, the receiving side can tell it is the same mail. A mail about
     * a request refers to the request as to the first mail of a conversation (as GitHub's mails about an issue do), so
     * that a mail reader shows the mails about one request together.
     */
    public void send(OutgoingMail mail) throws MessagingException {
        InternetAddress from = new InternetAddress(settings.from());
        String domain = from.getAddress().substring(from.getAddress().lastIndexOf('@') + 1);
        MimeMessage message = new OutboxMessage(session(), "<outbox-" + mail.getId() + "." + mail.getCreatedAt().toEpochMilli()
                + "@" + domain + ">");
        message.setFrom(from);
        for (String conversation : mail.thread().name().map(about -> "<" + about + "@" + domain + ">").stream().toList()) {
            message.setHeader("In-Reply-To", conversation);
            message.setHeader("References", conversation);
        }
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getAddress(), true));
        if (mail.getReplyTo() != null) {
            message.setReplyTo(new InternetAddress[] {new InternetAddress(mail.getReplyTo(), true)});
        }
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        // Outlook and Exchange answer no out-of-office note to a mail that asks them not to; Auto-Submitted is the
        // standard's way (RFC 3834) for other responders
        message.setHeader("X-Auto-Response-Suppress", "OOF, AutoReply");
        Transport.send(message);
    }

    private Session session() {
        Session current = session;
        if (current == null) {
            Authenticator authenticator = settings.user().map(user -> (Authenticator) new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, settings.password());
                }
            }).orElse(null);
            current = Session.getInstance(settings.sessionProperties(), authenticator);
            session = current;
        }
        return current;
    }

    /** A message whose Message-ID is the outbox's, not one made up at each send. */
    private static final class OutboxMessage extends MimeMessage {
        private final String messageId;

        OutboxMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
