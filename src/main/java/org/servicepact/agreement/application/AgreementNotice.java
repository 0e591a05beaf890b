package org.servicepact.agreement.application;

import org.servicepact.platform.i18n.Message;

/**
 * Something a head should hear about the negotiation of an agreement, fired as a CDI event; the notification
 * component observes it.
 *
 * @param detail what the kind needs to read well: the comment a proposal was sent back with, the party that accepted,
 *               the date it is in force from
 */
public record AgreementNotice(long agreementId, long recipientId, Kind kind, String title, int versionNumber, Message detail) {

    /** What happened, for the recipient. */
    public enum Kind { PROPOSAL_WAITING, SENT_BACK, ACCEPTED, IN_FORCE }
}
