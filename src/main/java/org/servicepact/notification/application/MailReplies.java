package org.servicepact.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.notification.domain.MailReply;
import org.servicepact.notification.domain.ReplyToken;
import org.servicepact.notification.domain.ResolutionReply;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.application.Requests;
import org.servicepact.request.domain.PeerRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Replies that act: a reply address is issued with a mail that asks a requester to answer a question or to confirm a
 * resolution; the reply, from the address the mail went to, does on the request what the page would — once.
 */
@ApplicationScoped
public class MailReplies {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings settings;

    @Inject
    Requests requests;

    @Inject
    Clock clock;

    /** A reply address for a mail to {@code recipient} about a request, in the transaction that writes the mail. */
    String issue(long requestId, Employee recipient, MailReply.Purpose purpose, Instant now) {
        ReplyToken token = ReplyToken.generate();
        em.persist(new MailReply(token.hash(), requestId, recipient.getId(), purpose, now));
        return settings.replyAddress(token.value());
    }

    /** The reply, and the request it was about, if the token is one the portal issued. */
    public Optional<MailReply> find(ReplyToken token) {
        return token.isWellFormed() ? Optional.ofNullable(em.find(MailReply.class, token.hash())) : Optional.empty();
    }

    /**
     * Does what the reply says, as its person on the request's page would: the text (quoted mail stripped) becomes the
     * answer; "confirm" confirms, "reopen: …" reopens. Refused with the reason (nothing done) when the token is
     * unknown or used, the sender is not the person it was for, or the request no longer waits for it.
     */
    @Transactional
    public void act(ReplyToken token, String sender, String written) {
        MailReply reply = find(token).filter(found -> !found.isUsed()).orElseThrow(() -> RuleViolation.ofForm("mail.reply.unknown"));
        Employee person = em.find(Employee.class, reply.getEmployeeId());
        if (person == null || !person.isActive() || !person.getEmail().equalsIgnoreCase(sender.strip())) {
            throw RuleViolation.ofForm("mail.reply.sender");
        }
        PeerRequest request = em.find(PeerRequest.class, reply.getRequestId());
        if (reply.getPurpose() == MailReply.Purpose.ANSWER) {
            if (written.isBlank()) {
                throw RuleViolation.ofForm("mail.reply.empty");
            }
            requests.act(request.getId(), request.getVersion(), person.getUsername(), Requests.Act.ANSWER, written, null);
        } else {
            confirmOrReopen(request, person, written);
        }
        reply.use(clock.instant());
    }

    private void confirmOrReopen(PeerRequest request, Employee person, String written) {
        ResolutionReply reply = ResolutionReply.of(written);
        switch (reply.kind()) {
            case CONFIRM -> requests.act(request.getId(), request.getVersion(), person.getUsername(), Requests.Act.CONFIRM, null, null);
            case REOPEN -> {
                if (reply.reason().isEmpty()) {
                    throw RuleViolation.ofForm("mail.reply.reopenWhy");
                }
                requests.act(request.getId(), request.getVersion(), person.getUsername(), Requests.Act.REOPEN, reply.reason(), null);
            }
            case UNCLEAR -> throw RuleViolation.ofForm("mail.reply.confirmHow");
        }
    }
}
