package org.servicepact.notification.application;

import org.servicepact.agreement.application.AgreementNotice;
import org.servicepact.feedback.application.LetterNotice;
import org.servicepact.notification.domain.Delivery;
import org.servicepact.request.application.RequestNotice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The kinds of notice a person can choose a delivery for, and what each gets by default: what asks the reader to
 * act (a question, an assignment, an escalation, a resolution to confirm, a letter to acknowledge, a proposal to decide
 * on or one sent back) and a breach come at once; what only informs comes in the daily digest.
 */
public final class NoticeKinds {

    private static final Set<String> AT_ONCE_BY_DEFAULT = Set.of(
            RequestNotice.Kind.ASSIGNED.name(), RequestNotice.Kind.QUESTION.name(), RequestNotice.Kind.ESCALATED.name(),
            RequestNotice.Kind.RESOLVED.name(), RequestNotice.Kind.BREACHED.name(),
            LetterNotice.Kind.LETTER_RECEIVED.name(), LetterNotice.Kind.LETTER_ABOUT_YOU.name(),
            AgreementNotice.Kind.PROPOSAL_WAITING.name(), AgreementNotice.Kind.SENT_BACK.name());

    private static final List<String> ALL;

    static {
        List<String> kinds = new ArrayList<>();
        for (RequestNotice.Kind kind : RequestNotice.Kind.values()) {
            kinds.add(kind.name());
        }
        for (LetterNotice.Kind kind : LetterNotice.Kind.values()) {
            kinds.add(kind.name());
        }
        for (AgreementNotice.Kind kind : AgreementNotice.Kind.values()) {
            kinds.add(kind.name());
        }
        ALL = Collections.unmodifiableList(kinds);
    }

    private NoticeKinds() {
    }

    public static List<String> all() {
        return ALL;
    }

    public static boolean isKnown(String kind) {
        return ALL.contains(kind);
    }

    public static Delivery defaultDelivery(String kind) {
        return AT_ONCE_BY_DEFAULT.contains(kind) ? Delivery.AT_ONCE : Delivery.DIGEST;
    }
}
