package org.servicepact.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import org.servicepact.notification.domain.FlowedText;
import org.servicepact.notification.domain.HtmlText;
import org.servicepact.notification.domain.MailReply;
import org.servicepact.notification.domain.ReplyText;
import org.servicepact.notification.domain.ReplyToken;
import org.servicepact.platform.rules.RuleViolation;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads the reply mailbox (IMAP, {@link MailSettings}): each mail is a reply that acts ({@link MailReplies}) or is
 * refused with a mail back saying why, then it is deleted from the mailbox. Automatic mail (out-of-office notes,
 * bounces, the portal's own) is dropped without an answer, so two robots never write to each other for ever.
 */
@ApplicationScoped
public class MailInbox {

    private static final Logger LOG = Logger.getLogger(MailInbox.class.getName());
    /** How much of a plain part is read: the person's words come first, the quoted mail after them. */
    private static final int PLAIN_MAX = 20_000;
    /** How much of an HTML part is read: a mail program may put pages of styles before the first word. */
    private static final int HTML_MAX = 1_000_000;

    @Inject
    MailSettings settings;

    @Inject
    MailReplies replies;

    @Inject
    MailOutbox outbox;

    /** Answers how many replies acted. */
    public int readReplies() {
        if (!settings.isReplyEnabled()) {
            return 0;
        }
        int acted = 0;
        try (Store store = Session.getInstance(settings.imapProperties()).getStore()) {
            store.connect(settings.imapUser(), settings.imapPassword());
            Folder folder = store.getFolder(settings.imapFolder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.getMessages()) {
                    if (!message.isSet(Flags.Flag.DELETED)) {
                        acted += handleReadable(message) ? 1 : 0;
                        message.setFlag(Flags.Flag.DELETED, true);
                    }
                }
            } finally {
                folder.close(true);
            }
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "The reply mailbox could not be read this time: {0}", e.toString());
        }
        return acted;
    }

    /**
     * A mail that cannot be read (broken MIME) is dropped with a line in the log, not read again at every round; a
     * connection lost meanwhile ends the round, and the mail is read at the next.
     */
    private boolean handleReadable(Message message) throws MessagingException {
        try {
            return handle(message);
        } catch (FolderClosedException | StoreClosedException lost) {
            throw lost;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "An unreadable mail in the reply mailbox was dropped: {0}", e.toString());
            return false;
        }
    }

    private boolean handle(Message message) throws MessagingException {
        Optional<String> sender = senderOf(message);
        if (sender.isEmpty() || isAutomatic(message, sender.get())) {
            return false;
        }
        Optional<ReplyToken> token = tokenOf(message);
        Long requestId = token.flatMap(replies::find).map(MailReply::getRequestId).orElse(null);
        try {
            if (token.isEmpty()) {
                throw RuleViolation.ofForm("mail.reply.noToken");
            }
            replies.act(token.get(), sender.get(), readableTextOf(message));
            return true;
        } catch (RuleViolation refused) {
            String subject = message.getSubject();
            outbox.personWithAddress(sender.get()).ifPresentOrElse(
                    person -> outbox.refuseReply(person, subject, reasonOf(refused), requestId),
                    () -> LOG.log(Level.INFO, "A mail from {0}, who is nobody in the portal, was dropped", sender.get()));
            return false;
        }
    }

    /**
     * The text of a mail whose sender and address could be read; a text that cannot be (a character set Java does not
     * know, broken MIME inside) is refused, so that its writer hears of it rather than waiting for an answer that
     * was never taken. A connection lost meanwhile ends the round, and the mail is read at the next.
     */
    private static String readableTextOf(Message message) throws MessagingException {
        try {
            return textOf(message);
        } catch (FolderClosedException | StoreClosedException lost) {
            throw lost;
        } catch (MessagingException e) {
            LOG.log(Level.INFO, "The text of a reply could not be read: {0}", e.toString());
            throw RuleViolation.ofForm("mail.reply.unreadable");
        }
    }

    /** The refusal as the page would say it, with what it names ("At most 4000 characters.", a status's name). */
    private static org.servicepact.platform.i18n.Message reasonOf(RuleViolation refused) {
        return org.servicepact.platform.i18n.Message.of(refused.messageKey(), Arrays.stream(refused.arguments())
                .map(argument -> argument instanceof org.servicepact.platform.i18n.Message named ? named : String.valueOf(argument))
                .toArray());
    }

    private static Optional<String> senderOf(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        return from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)
                ? Optional.empty() : Optional.of(address.getAddress());
    }

    /** Auto-Submitted other than "no", bulk or list precedence, a bounce, or the portal's own address. */
    private boolean isAutomatic(Message message, String sender) throws MessagingException {
        String[] autoSubmitted = message.getHeader("Auto-Submitted");
        String[] precedence = message.getHeader("Precedence");
        boolean robot = autoSubmitted != null && !autoSubmitted[0].strip().equalsIgnoreCase("no")
                || precedence != null && List.of("bulk", "list", "junk").contains(precedence[0].strip().toLowerCase(Locale.ROOT));
        String own = new InternetAddress(settings.from()).getAddress();
        return robot || sender.equalsIgnoreCase(own) || sender.toLowerCase(Locale.ROOT).startsWith("mailer-daemon@");
    }

    /** The token of the first reply address among the mail's recipients (the headers MTAs keep the original in too). */
    private Optional<ReplyToken> tokenOf(Message message) throws MessagingException {
        List<String> addresses = new ArrayList<>();
        for (Message.RecipientType type : List.of(Message.RecipientType.TO, Message.RecipientType.CC)) {
            Address[] recipients = message.getRecipients(type);
            if (recipients != null) {
                for (Address recipient : recipients) {
                    if (recipient instanceof InternetAddress address) {
                        addresses.add(address.getAddress());
                    }
                }
            }
        }
        for (String header : List.of("Delivered-To", "X-Original-To")) {
            String[] values = message.getHeader(header);
            if (values != null) {
                addresses.addAll(List.of(values));
            }
        }
        return addresses.stream().map(address -> settings.tokenIn(address)).flatMap(Optional::stream).findFirst().map(ReplyToken::new);
    }

    /**
     * What the mail's writer wrote ({@link ReplyText}, without the mail they quote and their signature): in its plain
     * part (of a multipart mail, the first plain part with such text; unflowed when sent flowed), or in its HTML part
     * as its reader sees it. Each part is read only as far as a reply can be used: what a person writes above the quote is
     * refused beyond a few thousand characters anyway ({@link ReplyText}), and a mail of any size is not read whole.
     */
    private static String textOf(Part part) throws MessagingException {
        try {
            if (part.isMimeType("text/plain")) {
                return plainText(part);
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                String html = null;
                for (int i = 0; i < multipart.getCount(); i++) {
                    Part inner = multipart.getBodyPart(i);
                    if (inner.isMimeType("text/plain") || inner.isMimeType("multipart/*")) {
                        String text = textOf(inner);
                        if (!text.isBlank()) {
                            return text;
                        }
                    } else if (inner.isMimeType("text/html") && html == null) {
                        html = textOf(inner);
                    }
                }
                return html == null ? "" : html;
            }
            if (part.isMimeType("text/html")) {
                return ReplyText.of(HtmlText.of(read(part, new ContentType(part.getContentType()), HTML_MAX)));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new MessagingException("Unreadable mail", e);
        }
        return "";
    }

    /** What a plain part's writer wrote, in the lines they typed when the mail program sent it flowed. */
    private static String plainText(Part part) throws MessagingException, IOException {
        ContentType type = new ContentType(part.getContentType());
        String text = read(part, type, PLAIN_MAX);
        return "flowed".equalsIgnoreCase(type.getParameter("format"))
                ? ReplyText.ofUnquoted(FlowedText.written(text, "yes".equalsIgnoreCase(type.getParameter("delsp"))))
                : ReplyText.of(text);
    }

    /** A text part's first {@code max} characters, in its charset (US-ASCII when it names none, as MIME says). */
    private static String read(Part part, ContentType type, int max) throws IOException, MessagingException {
        String charset = type.getParameter("charset");
        Charset decoding = Charset.forName(MimeUtility.javaCharset(charset == null ? "us-ascii" : charset));
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try (Reader reader = new InputStreamReader(part.getInputStream(), decoding)) {
            for (int read; text.length() < max && (read = reader.read(buffer, 0, Math.min(buffer.length, max - text.length()))) > 0; ) {
                text.append(buffer, 0, read);
            }
        }
        return text.toString();
    }
}
