package org.servicepact.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import org.servicepact.notification.domain.OutgoingMail;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One round of the mail job: reads the replies that act ({@link MailInbox}), writes the digests that are due, then
 * sends what the outbox holds. Each mail is claimed
 * in a transaction of its own, sent outside any transaction (a slow mail server holds no database locks), and its
 * outcome recorded in another; what fails waits for its next attempt.
 */
@ApplicationScoped
public class MailDispatch {

    private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());

    @Inject
    MailOutbox outbox;

    @Inject
    MailServer server;

    @Inject
    MailInbox inbox;

    @Inject
    MailSettings settings;

    @Inject
    Clock clock;

    /** Answers how many mails went out. */
    public int runOnce() {
        if (!settings.isEnabled()) {
            return 0;
        }
        step("reading the replies", inbox::readReplies);
        step("writing the digests", () -> outbox.writeDueDigests(clock.instant()));
        int sent = 0;
        for (OutgoingMail mail : outbox.claimDue(clock.instant())) {
            try {
                server.send(mail);
                outbox.sent(mail.getId(), clock.instant());
                sent++;
            } catch (MessagingException | RuntimeException e) {
                LOG.log(Level.WARNING, "Mail {0} to {1} not sent this time: {2}", new Object[] {mail.getId(), mail.getAddress(), e.toString()});
                outbox.failed(mail.getId(), clock.instant(), e.toString());
            }
        }
        return sent;
    }

    /** One step's failure is logged and does not keep the others (sending above all) from running. */
    private static void step(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The mail job failed " + what + "; tried again at the next round", e);
        }
    }
}
