package org.servicepact.notification.application;

import org.servicepact.notification.domain.MailReply;
import org.servicepact.notification.domain.Notification;
import org.servicepact.platform.i18n.Message;
import org.servicepact.platform.i18n.Texts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * What a notice says by mail, in the reader's language, with a link to its page: plain text (nothing a person
 * typed can become markup or a link in someone's mail reader), formatted from the bundle without JSF.
 */
final class MailTexts {

    private static final int SUBJECT_MAX = 200;

    private final Locale locale;
    private final String portalUrl;

    MailTexts(Locale locale, String portalUrl) {
        this.locale = locale;
        this.portalUrl = portalUrl;
    }

    /**
     * What happened, or for a notice about a request or a letter its number and title only, about an agreement its
     * title: every mail about one then has one subject, which Gmail and Outlook need besides the references to show
     * them as one conversation (as Jira's and GitHub's mails do); the body's first line says what happened.
     */
    String subject(Notification notice) {
        List<Object> arguments = notice.getMessage().arguments();
        String about;
        if (notice.getRequestId() != null || notice.getLetterId() != null) {
            about = Texts.format(locale, "mail.subject.conversation", arguments.get(0), arguments.get(1));
        } else if (notice.getAgreementId() != null) {
            about = Texts.format(locale, "mail.subject.agreement", arguments.get(0));
        } else {
            about = notice.getMessage().render(locale);
        }
        return Texts.format(locale, "mail.subject", shortened(about));
    }

    String body(String name, Notification notice) {
        return body(name, notice, null);
    }

    /** With a line on what a reply does, when a reply can act ({@code purpose} not null). */
    String body(String name, Notification notice, MailReply.Purpose purpose) {
        String text = notice.getMessage().render(locale) + (purpose == null ? "" : "\n\n" + Texts.format(locale, "mail.reply.hint." + purpose));
        return Texts.format(locale, "mail.body", name, text, link(notice),
                Texts.format(locale, "mail.kind." + notice.getChoiceKind()), portalUrl + "/profile.xhtml");
    }

    String refusalSubject(String subject) {
        return Texts.format(locale, "mail.reply.refused.subject", shortened(subject == null ? "" : subject));
    }

    String refusalBody(String name, Message reason, Long requestId) {
        return Texts.format(locale, "mail.reply.refused.body", name, reason.render(locale),
                requestId == null ? portalUrl + "/" : portalUrl + "/requests/request.xhtml?id=" + requestId);
    }

    String digestSubject(int count) {
        return Texts.format(locale, "mail.digest.subject", count);
    }

    String digestBody(String name, List<Notification> notices, ZoneId zone) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
        StringBuilder list = new StringBuilder();
        for (Notification notice : notices) {
            list.append("- ").append(when.format(notice.getCreatedAt())).append(": ").append(notice.getMessage().render(locale))
                    .append("\n  ").append(link(notice)).append("\n\n");
        }
        return Texts.format(locale, "mail.digest.body", name, notices.size(), list.toString().stripTrailing(),
                portalUrl + "/profile.xhtml");
    }

    /** The address of what the notice is about ({@link Notification#getPath}). */
    String link(Notification notice) {
        return portalUrl + notice.getPath();
    }

    /** A subject is one line of reasonable length: line breaks typed into a reason become spaces. */
    private static String shortened(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= SUBJECT_MAX ? line : line.substring(0, SUBJECT_MAX - 1) + "…";
    }
}
