package org.servicepact.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The mail server notices go out through, all by MicroProfile Config (environment variables such as
 * {@code SERVICEPACT_MAIL_HOST} included), nothing in the WAR. Without a host and a sender the portal sends no mail
 * and queues none. {@code servicepact.mail.tls}: {@code starttls} (the default: upgrade when the server offers it),
 * {@code required} (STARTTLS or no send), {@code ssl} (TLS from the first byte, usually port 465) or {@code off}.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "servicepact.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "servicepact.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "servicepact.mail.tls", defaultValue = "starttls")
    String tls;

    @Inject
    @ConfigProperty(name = "servicepact.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "servicepact.mail.password")
    Optional<String> password;

    /** The From address, e.g. {@code ServicePact <servicepact@example.org>}. */
    @Inject
    @ConfigProperty(name = "servicepact.mail.from")
    Optional<String> from;

    /**
     * The mailbox replies go to, e.g. {@code replies@example.org}: a mail that a reply can act on gets the reply address
     * {@code replies+<token>@example.org} (the mail server delivers plus-addresses to the mailbox itself), and the portal
     * reads the mailbox by IMAP.
     */
    @Inject
    @ConfigProperty(name = "servicepact.mail.reply-to")
    Optional<String> replyTo;

    @Inject
    @ConfigProperty(name = "servicepact.imap.host")
    Optional<String> imapHost;

    @Inject
    @ConfigProperty(name = "servicepact.imap.port", defaultValue = "993")
    int imapPort;

    /** {@code ssl} (the default: TLS from the first byte), {@code starttls}, {@code required} or {@code off}. */
    @Inject
    @ConfigProperty(name = "servicepact.imap.tls", defaultValue = "ssl")
    String imapTls;

    @Inject
    @ConfigProperty(name = "servicepact.imap.user")
    Optional<String> imapUser;

    @Inject
    @ConfigProperty(name = "servicepact.imap.password")
    Optional<String> imapPassword;

    @Inject
    @ConfigProperty(name = "servicepact.imap.folder", defaultValue = "INBOX")
    String imapFolder;

    /** How the portal is reached from a mail reader: the links in mails start with it. */
    @Inject
    @ConfigProperty(name = "servicepact.portal.url", defaultValue = "http://localhost:8080")
    String portalUrl;

    /** How often the outbox and the digests are looked at. */
    @Inject
    @ConfigProperty(name = "servicepact.mail.every-seconds", defaultValue = "30")
    int everySeconds;

    public boolean isEnabled() {
        return host.filter(value -> !value.isBlank()).isPresent() && from.filter(value -> !value.isBlank()).isPresent();
    }

    /** Whether replies can act: mail is on, there is a reply mailbox and the portal can read it. */
    public boolean isReplyEnabled() {
        return isEnabled() && replyTo.filter(value -> value.contains("@")).isPresent()
                && imapHost.filter(value -> !value.isBlank()).isPresent();
    }

    /** The reply address carrying a token: {@code replies+token@example.org}. */
    public String replyAddress(String token) {
        String mailbox = replyTo.orElseThrow().strip();
        int at = mailbox.lastIndexOf('@');
        return mailbox.substring(0, at) + "+" + token + mailbox.substring(at);
    }

    /** The token in an address, if it is a reply address of {@link #replyAddress}; else empty. */
    public Optional<String> tokenIn(String address) {
        String mailbox = replyTo.orElseThrow().strip().toLowerCase(Locale.ROOT);
        int at = mailbox.lastIndexOf('@');
        String candidate = address.strip().toLowerCase(Locale.ROOT);
        String prefix = mailbox.substring(0, at) + "+";
        String suffix = mailbox.substring(at);
        if (candidate.startsWith(prefix) && candidate.endsWith(suffix) && candidate.length() > prefix.length() + suffix.length()) {
            return Optional.of(candidate.substring(prefix.length(), candidate.length() - suffix.length()));
        }
        return Optional.empty();
    }

    public String imapFolder() {
        return imapFolder;
    }

    public String imapUser() {
        return imapUser.orElse("");
    }

    public String imapPassword() {
        return imapPassword.orElse("");
    }

    /** The Jakarta Mail session's properties for reading the reply mailbox. */
    public Properties imapProperties() {
        String mode = imapTls.strip().toLowerCase(Locale.ROOT);
        String protocol = "ssl".equals(mode) ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.put("mail.store.protocol", protocol);
        properties.put("mail." + protocol + ".host", imapHost.orElseThrow().strip());
        properties.put("mail." + protocol + ".port", String.valueOf(imapPort));
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "30000");
        properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        if ("starttls".equals(mode) || "required".equals(mode)) {
            properties.put("mail.imap.starttls.enable", "true");
            properties.put("mail.imap.starttls.required", String.valueOf("required".equals(mode)));
        }
        return properties;
    }

    public String from() {
        return from.orElseThrow().strip();
    }

    public int everySeconds() {
        return Math.max(1, everySeconds);
    }

    /** The portal's address without a trailing slash. */
    public String portalUrl() {
        String url = portalUrl.strip();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public Optional<String> user() {
        return user.filter(value -> !value.isBlank());
    }

    public String password() {
        return password.orElse("");
    }

    /** The Jakarta Mail session's properties for these settings. */
    public Properties sessionProperties() {
        String protocol = "ssl".equalsIgnoreCase(tls.strip()) ? "smtps" : "smtp";
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", host.orElseThrow().strip());
        properties.put("mail." + protocol + ".port", String.valueOf(port));
        properties.put("mail." + protocol + ".auth", String.valueOf(user().isPresent()));
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "30000");
        properties.put("mail." + protocol + ".writetimeout", "30000");
        switch (tls.strip().toLowerCase(Locale.ROOT)) {
            case "off" -> properties.put("mail.smtp.starttls.enable", "false");
            case "required" -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
            }
            case "ssl" -> properties.put("mail.smtps.ssl.enable", "true");
            default -> properties.put("mail.smtp.starttls.enable", "true");
        }
        properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        return properties;
    }
}
