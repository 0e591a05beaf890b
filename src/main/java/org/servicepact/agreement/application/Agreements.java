package org.servicepact.agreement.application;

import org.servicepact.platform.rules.PlausibleDates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.agreement.domain.Actor;
import org.servicepact.agreement.domain.Agreement;
import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.agreement.domain.DraftContent;
import org.servicepact.agreement.domain.Side;
import org.servicepact.agreement.domain.VersionStatus;
import org.servicepact.agreement.domain.VersionTerms;
import org.servicepact.calendar.application.Calendars;
import org.servicepact.calendar.domain.BusinessCalendar;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.domain.Party;
import org.servicepact.platform.persistence.Records;
import org.servicepact.platform.rules.FormValidation;
import org.servicepact.platform.rules.RuleViolation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The acts on agreements, each in its own transaction: start one, edit its draft, propose, accept, send
 * back, record an outside party's acceptance, renegotiate, terminate, and put accepted versions in force.
 */
@ApplicationScoped
public class Agreements {

    @PersistenceContext
    EntityManager em;

    @Inject
    FormValidation validation;

    @Inject
    Clock clock;

    @Inject
    Calendars calendars;

    @Inject
    AgreementNotifier notifier;

    /** The actor for a logged-in user; {@code admin} says whether they have the ADMIN role. */
    public Actor actor(String username, boolean admin) {
        Employee employee = em.createNamedQuery(Employee.BY_USERNAME, Employee.class).setParameter("username", Employee.usernameKey(username))
                .getResultStream().findFirst().orElseThrow(() -> RuleViolation.ofForm("employee.notFound"));
        return new Actor(employee, admin);
    }

    /** Today in the organisation's default calendar's zone: effective and review dates are read there. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(calendars.organisationZone()));
    }

    @Transactional
    public Agreement create(NewAgreementForm form, Actor actor) {
        validation.check(form);
        Department own = em.find(Department.class, form.getOwnDepartmentId());
        Party counterpart = em.find(Party.class, form.getCounterpartId());
        if (own == null || !own.isActive()) {
            throw new RuleViolation("ownDepartment", "record.unknown");
        }
        if (counterpart == null || !counterpart.isActive()) {
            throw new RuleViolation("counterpart", "record.unknown");
        }
        boolean weProvide = form.getDirection() == NewAgreementForm.Direction.WE_PROVIDE;
        Agreement agreement = new Agreement(form.getTitle(), weProvide ? own : counterpart, weProvide ? counterpart : own,
                actor, clock.instant(), startingContent(form.getTemplateVersionId()));
        em.persist(agreement);
        em.flush();
        return agreement;
    }

    /** An empty draft starting today, or the content of the template version with today's dates. */
    private DraftContent startingContent(Long templateVersionId) {
        LocalDate today = today();
        VersionTerms fresh = new VersionTerms(today, null, today.plusYears(1), 5, 8, 10);
        if (templateVersionId == null) {
            return new DraftContent(fresh, null, null, List.of(), List.of());
        }
        AgreementVersion template = Records.reference(em, AgreementVersion.class, templateVersionId, "template");
        VersionTerms copied = template.terms();
        return new DraftContent(new VersionTerms(today, null, today.plusYears(1), copied.autoCloseDays(),
                copied.escalationDelayHours(), copied.ratingWindowDays()), null, null,
                template.serviceTerms(), template.commitmentTerms());
    }

    public DraftForm draftForm(long versionId) {
        AgreementVersion version = find(versionId);
        DraftForm form = new DraftForm();
        form.setVersionId(version.getId());
        form.setLockVersion(version.getLockVersion());
        VersionTerms terms = version.terms();
        form.setEffectiveFrom(terms.effectiveFrom());
        form.setEffectiveUntil(terms.effectiveUntil());
        form.setReviewDate(terms.reviewDate());
        form.setAutoCloseDays(terms.autoCloseDays());
        form.setEscalationDelayHours(terms.escalationDelayHours());
        form.setRatingWindowDays(terms.ratingWindowDays());
        form.setProviderCalendarId(version.getProviderCalendar() == null ? null : version.getProviderCalendar().getId());
        form.setConsumerCalendarId(version.getConsumerCalendar() == null ? null : version.getConsumerCalendar().getId());
        version.serviceTerms().forEach(service -> {
            DraftForm.ServiceRow row = new DraftForm.ServiceRow();
            row.setName(service.name());
            row.setDescription(service.description());
            form.getServices().add(row);
        });
        version.commitmentTerms().forEach(c -> form.getCommitments().add(DraftForm.CommitmentRow.of(c)));
        return form;
    }

    @Transactional
    public void saveDraft(DraftForm form, Actor actor) {
        validation.check(form);
        AgreementVersion draft = forDecision(form.getVersionId(), form.getLockVersion());
        draft.getAgreement().editDraft(draft, actor, clock.instant(), new DraftContent(form.terms(),
                Records.reference(em, BusinessCalendar.class, form.getProviderCalendarId(), "providerCalendar"),
                Records.reference(em, BusinessCalendar.class, form.getConsumerCalendarId(), "consumerCalendar"),
                form.serviceTerms(), form.commitmentTerms()));
        em.flush();
    }

    @Transactional
    public void propose(long versionId, long lockVersion, Actor actor) {
        AgreementVersion draft = forDecision(versionId, lockVersion);
        draft.getAgreement().propose(draft, actor, clock.instant());
        notifier.proposed(draft, actor);
        em.flush();
    }

    /** Saves the draft as the form has it and proposes it, in one step. */
    @Transactional
    public void saveAndPropose(DraftForm form, Actor actor) {
        saveDraft(form, actor);
        AgreementVersion draft = find(form.getVersionId());
        draft.getAgreement().propose(draft, actor, clock.instant());
        notifier.proposed(draft, actor);
        em.flush();
    }

    @Transactional
    public void accept(long versionId, long lockVersion, Side side, Actor actor) {
        AgreementVersion proposal = forDecision(versionId, lockVersion);
        proposal.getAgreement().accept(proposal, side, actor, clock.instant());
        notifier.accepted(proposal, side, actor);
        activateIfDue(proposal.getAgreement());
        em.flush();
    }

    @Transactional
    public void recordExternalAcceptance(long versionId, long lockVersion, String acceptedBy, LocalDate acceptedOn,
                                         String reference, Actor actor) {
        PlausibleDates.require(acceptedOn, "externalAcceptedOn");
        AgreementVersion proposal = forDecision(versionId, lockVersion);
        proposal.getAgreement().recordExternalAcceptance(proposal, actor, acceptedBy, acceptedOn, reference, clock.instant());
        activateIfDue(proposal.getAgreement());
        em.flush();
    }

    @Transactional
    public void sendBack(long versionId, long lockVersion, String comment, Actor actor) {
        AgreementVersion proposal = forDecision(versionId, lockVersion);
        proposal.getAgreement().sendBack(proposal, actor, comment, clock.instant());
        notifier.sentBack(proposal, actor, comment);
        em.flush();
    }

    /** Starts a new draft from the active version; answers the new draft's id. */
    @Transactional
    public long renegotiate(long agreementId, Actor actor) {
        Agreement agreement = agreement(agreementId);
        AgreementVersion draft = agreement.renegotiate(actor, clock.instant());
        em.flush();
        return draft.getId();
    }

    @Transactional
    public void terminate(long agreementId, long agreementVersion, String reason, Actor actor) {
        Agreement agreement = agreement(agreementId);
        if (agreement.getVersion() != agreementVersion) {
            throw RuleViolation.ofForm("edit.stale");
        }
        agreement.terminate(actor, reason, clock.instant());
        em.flush();
    }

    /**
     * Puts in force every accepted version whose effective date has come and expires every active version
     * whose end date has passed. Answers how many agreements changed.
     */
    @Transactional
    public int activateAndExpireDue() {
        return activateAndExpireDue(today());
    }

    /** As {@link #activateAndExpireDue()}, for a given day (the scheduler passes today). */
    @Transactional
    public int activateAndExpireDue(LocalDate today) {
        List<Agreement> candidates = em.createQuery("SELECT DISTINCT v.agreement FROM AgreementVersion v"
                        + " WHERE (v.status = :proposed AND v.providerAcceptedAt IS NOT NULL AND v.consumerAcceptedAt IS NOT NULL"
                        + " AND v.effectiveFrom <= :today) OR (v.status = :active AND v.effectiveUntil < :today)", Agreement.class)
                .setParameter("proposed", VersionStatus.PROPOSED)
                .setParameter("active", VersionStatus.ACTIVE)
                .setParameter("today", today)
                .getResultList();
        int changed = 0;
        for (Agreement agreement : candidates) {
            boolean activated = activateIfDue(agreement, today);
            boolean expired = agreement.expireIfDue(today, clock.instant());
            changed += activated || expired ? 1 : 0;
        }
        return changed;
    }

    private void activateIfDue(Agreement agreement) {
        activateIfDue(agreement, today());
    }

    /** Puts the accepted proposal in force if its day has come, and tells both heads. */
    private boolean activateIfDue(Agreement agreement, LocalDate today) {
        boolean activated = agreement.activateIfDue(today, clock.instant());
        if (activated) {
            agreement.activeVersion().ifPresent(notifier::inForce);
        }
        return activated;
    }

    /**
     * The version as the user saw it, or a refusal if someone changed it since. Every act bumps its lock
     * version, even one that changes only its services or commitments, so the next stale act is refused.
     */
    private AgreementVersion forDecision(Long versionId, long lockVersion) {
        AgreementVersion version = find(versionId);
        if (version.getLockVersion() != lockVersion) {
            throw RuleViolation.ofForm("edit.stale");
        }
        em.lock(version, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return version;
    }

    private AgreementVersion find(Long versionId) {
        return Records.find(em, AgreementVersion.class, versionId);
    }

    private Agreement agreement(long agreementId) {
        return Records.find(em, Agreement.class, agreementId);
    }
}
