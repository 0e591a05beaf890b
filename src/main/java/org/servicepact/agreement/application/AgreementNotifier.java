package org.servicepact.agreement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.servicepact.agreement.domain.Actor;
import org.servicepact.agreement.domain.Agreement;
import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.agreement.domain.Side;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.i18n.Message;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Tells the heads what the negotiation needs of them: a proposal waiting for their decision, a proposal sent back
 * (with the comment), the other side's acceptance, a version in force. Never the head who did it. Proposals and
 * versions in force are also fired once for the departments' webhooks ({@link AgreementHappened}).
 */
@ApplicationScoped
public class AgreementNotifier {

    @Inject
    Event<AgreementNotice> notices;

    @Inject
    Event<AgreementHappened> happenings;

    /** The heads of the sides that have yet to accept: the proposal waits for them. */
    void proposed(AgreementVersion proposal, Actor by) {
        happened(proposal, AgreementHappened.Kind.PROPOSED);
        for (Side side : Side.values()) {
            if (!proposal.isAcceptedBy(side)) {
                tell(headOf(proposal.getAgreement(), side), by, proposal, AgreementNotice.Kind.PROPOSAL_WAITING, Message.literal(""));
            }
        }
    }

    void sentBack(AgreementVersion proposal, Actor by, String comment) {
        for (Employee head : heads(proposal.getAgreement())) {
            tell(head, by, proposal, AgreementNotice.Kind.SENT_BACK, Message.literal(comment.strip()));
        }
    }

    /** The heads of the other side hear that this side accepted. */
    void accepted(AgreementVersion proposal, Side side, Actor by) {
        Agreement agreement = proposal.getAgreement();
        tell(headOf(agreement, side.other()), by, proposal, AgreementNotice.Kind.ACCEPTED, Message.literal(agreement.partyOn(side).getName()));
    }

    /** Both heads, whoever's act (or the daily clock) put it in force. */
    void inForce(AgreementVersion version) {
        happened(version, AgreementHappened.Kind.IN_FORCE);
        for (Employee head : heads(version.getAgreement())) {
            tell(head, null, version, AgreementNotice.Kind.IN_FORCE, Message.date(version.getEffectiveFrom()));
        }
    }

    /** Once for the departments' own systems (webhooks). */
    private void happened(AgreementVersion version, AgreementHappened.Kind kind) {
        Agreement agreement = version.getAgreement();
        happenings.fire(new AgreementHappened(agreement.getId(), departmentId(agreement, Side.PROVIDER), departmentId(agreement, Side.CONSUMER),
                kind, agreement.getTitle(), version.getNumber(), version.getEffectiveFrom()));
    }

    private static Long departmentId(Agreement agreement, Side side) {
        return agreement.partyOn(side) instanceof Department department ? department.getId() : null;
    }

    private void tell(Employee head, Actor by, AgreementVersion version, AgreementNotice.Kind kind, Message detail) {
        if (head != null && head.isActive() && (by == null || !head.equals(by.employee()))) {
            Agreement agreement = version.getAgreement();
            notices.fire(new AgreementNotice(agreement.getId(), head.getId(), kind, agreement.getTitle(), version.getNumber(), detail));
        }
    }

    private static Set<Employee> heads(Agreement agreement) {
        Set<Employee> heads = new LinkedHashSet<>();
        for (Side side : Side.values()) {
            Employee head = headOf(agreement, side);
            if (head != null) {
                heads.add(head);
            }
        }
        return heads;
    }

    private static Employee headOf(Agreement agreement, Side side) {
        return agreement.partyOn(side) instanceof Department department ? department.getHead() : null;
    }
}
