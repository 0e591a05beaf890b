package org.servicepact.notification.domain;

import java.util.Optional;

/**
 * What a mail is about, as the first mail of a conversation would be: a request, a letter or an agreement (one of them,
 * or none for a digest). The mails about one refer to it, so that a mail reader shows them as one conversation.
 */
public record MailThread(Long requestId, Long letterId, Long agreementId) {

    /** The thread of what the notice is about. */
    public static MailThread of(Notification notice) {
        return new MailThread(notice.getRequestId(), notice.getLetterId(), notice.getAgreementId());
    }

    /** The thread of a request, or none when there is no request. */
    public static MailThread ofRequest(Long requestId) {
        return new MailThread(requestId, null, null);
    }

    /** Its name in the headers' references ("request-42", "letter-7", "agreement-3"), if it is about anything. */
    public Optional<String> name() {
        if (requestId != null) {
            return Optional.of("request-" + requestId);
        }
        if (letterId != null) {
            return Optional.of("letter-" + letterId);
        }
        return agreementId == null ? Optional.empty() : Optional.of("agreement-" + agreementId);
    }
}
