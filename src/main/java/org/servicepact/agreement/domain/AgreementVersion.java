package org.servicepact.agreement.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.servicepact.calendar.domain.BusinessCalendar;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.rules.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What was agreed (or is being negotiated) at one point: the services offered, the commitments both ways,
 * the calendars each side's clocks use, the dates. Editable only as a draft; once proposed it changes only
 * by being sent back, and an active version is never edited in place.
 */
@Entity
@Table(name = "agreement_version")
public class AgreementVersion {

    @Id
    @SequenceGenerator(name = "agreement_version_seq", sequenceName = "agreement_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_version_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private VersionStatus status;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_until")
    private LocalDate effectiveUntil;

    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate;

    @Column(name = "auto_close_days", nullable = false)
    private int autoCloseDays;

    @Column(name = "escalation_delay_hours", nullable = false)
    private int escalationDelayHours;

    @Column(name = "rating_window_days", nullable = false)
    private int ratingWindowDays;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_calendar_id")
    private BusinessCalendar providerCalendar;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "consumer_calendar_id")
    private BusinessCalendar consumerCalendar;

    @OneToMany(mappedBy = "agreementVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OfferedService> services = new ArrayList<>();

    @OneToMany(mappedBy = "agreementVersion", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Commitment> commitments = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provider_accepted_by")
    private Employee providerAcceptedBy;

    @Column(name = "provider_accepted_at")
    private Instant providerAcceptedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "consumer_accepted_by")
    private Employee consumerAcceptedBy;

    @Column(name = "consumer_accepted_at")
    private Instant consumerAcceptedAt;

    @Column(name = "external_accepted_by", length = 150)
    private String externalAcceptedBy;

    @Column(name = "external_accepted_on")
    private LocalDate externalAcceptedOn;

    @Column(name = "external_reference", length = 150)
    private String externalReference;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected AgreementVersion() {
        // for JPA
    }

    AgreementVersion(Agreement agreement, int number, Instant createdAt) {
        this.agreement = agreement;
        this.number = number;
        this.status = VersionStatus.DRAFT;
        this.createdAt = createdAt;
    }

    /** Replaces everything a draft says at once, after checking every rule. */
    void redraft(DraftContent content) {
        requireStatus(VersionStatus.DRAFT, "agreement.version.notDraft");
        VersionTerms terms = content.terms();
        List<ServiceTerms> newServices = content.services();
        List<CommitmentTerms> newCommitments = content.commitments();
        terms.check();
        for (int i = 0; i < newServices.size(); i++) {
            newServices.get(i).check(i + 1);
        }
        for (int i = 0; i < newCommitments.size(); i++) {
            newCommitments.get(i).check(i + 1);
        }
        this.effectiveFrom = terms.effectiveFrom();
        this.effectiveUntil = terms.effectiveUntil();
        this.reviewDate = terms.reviewDate();
        this.autoCloseDays = terms.autoCloseDays();
        this.escalationDelayHours = terms.escalationDelayHours();
        this.ratingWindowDays = terms.ratingWindowDays();
        this.providerCalendar = content.providerCalendar();
        this.consumerCalendar = content.consumerCalendar();
        services.clear();
        for (ServiceTerms service : newServices) {
            services.add(new OfferedService(this, services.size() + 1, service));
        }
        commitments.clear();
        for (CommitmentTerms commitment : newCommitments) {
            commitments.add(new Commitment(this, commitments.size() + 1, commitment));
        }
    }

    /** A copy of this version's content, as a new draft with the next number. */
    AgreementVersion copyAsDraft(int newNumber, Instant at) {
        AgreementVersion copy = new AgreementVersion(agreement, newNumber, at);
        copy.redraft(content());
        return copy;
    }

    void propose() {
        requireStatus(VersionStatus.DRAFT, "agreement.version.notDraft");
        if (services.isEmpty()) {
            throw RuleViolation.ofForm("agreement.propose.noService");
        }
        for (Side side : Side.values()) {
            if (commitments.stream().noneMatch(c -> c.getOwedBy() == side)) {
                throw RuleViolation.ofForm("agreement.propose.oneSided", side.label());
            }
        }
        move(VersionStatus.PROPOSED);
    }

    void accept(Side side, Employee by, Instant at) {
        requireStatus(VersionStatus.PROPOSED, "agreement.version.notProposed");
        if (isAcceptedBy(side)) {
            throw RuleViolation.ofForm("agreement.accept.already", side.label());
        }
        if (side == Side.PROVIDER) {
            providerAcceptedBy = by;
            providerAcceptedAt = at;
        } else {
            consumerAcceptedBy = by;
            consumerAcceptedAt = at;
        }
    }

    void recordExternalAcceptance(Side externalSide, String acceptedBy, LocalDate acceptedOn, String reference, Instant at) {
        requireStatus(VersionStatus.PROPOSED, "agreement.version.notProposed");
        if (acceptedBy == null || acceptedBy.isBlank()) {
            throw new RuleViolation("externalAcceptedBy", "agreement.external.who.required");
        }
        if (acceptedOn == null) {
            throw new RuleViolation("externalAcceptedOn", "agreement.external.when.required");
        }
        if (reference == null || reference.isBlank()) {
            throw new RuleViolation("externalReference", "agreement.external.reference.required");
        }
        externalAcceptedBy = acceptedBy.strip();
        externalAcceptedOn = acceptedOn;
        externalReference = reference.strip();
        if (externalSide == Side.PROVIDER) {
            providerAcceptedAt = at;
        } else {
            consumerAcceptedAt = at;
        }
    }

    void sendBack() {
        requireStatus(VersionStatus.PROPOSED, "agreement.version.notProposed");
        move(VersionStatus.DRAFT);
        revision++;
        providerAcceptedBy = null;
        providerAcceptedAt = null;
        consumerAcceptedBy = null;
        consumerAcceptedAt = null;
        externalAcceptedBy = null;
        externalAcceptedOn = null;
        externalReference = null;
    }

    void activate(Instant at) {
        if (!isAcceptedByBoth()) {
            throw RuleViolation.ofForm("agreement.activate.notAccepted");
        }
        move(VersionStatus.ACTIVE);
        activatedAt = at;
    }

    void end(VersionStatus finalStatus, Instant at) {
        move(finalStatus);
        endedAt = at;
    }

    private void move(VersionStatus target) {
        if (!status.canMoveTo(target)) {
            throw RuleViolation.ofForm("agreement.version.cannotMove", status.label(), target.label());
        }
        status = target;
    }

    private void requireStatus(VersionStatus expected, String messageKey) {
        if (status != expected) {
            throw RuleViolation.ofForm(messageKey, status.label());
        }
    }

    public boolean isAcceptedBy(Side side) {
        return (side == Side.PROVIDER ? providerAcceptedAt : consumerAcceptedAt) != null;
    }

    public boolean isAcceptedByBoth() {
        return isAcceptedBy(Side.PROVIDER) && isAcceptedBy(Side.CONSUMER);
    }

    /** Past its review date on {@code today}, while active. */
    public boolean isDueForReview(LocalDate today) {
        return status == VersionStatus.ACTIVE && reviewDate != null && reviewDate.isBefore(today);
    }

    /** What this version says, as a value a new draft can start from. */
    public DraftContent content() {
        return new DraftContent(terms(), providerCalendar, consumerCalendar, serviceTerms(), commitmentTerms());
    }

    public VersionTerms terms() {
        return new VersionTerms(effectiveFrom, effectiveUntil, reviewDate, autoCloseDays, escalationDelayHours, ratingWindowDays);
    }

    public List<ServiceTerms> serviceTerms() {
        return services.stream().map(OfferedService::terms).toList();
    }

    public List<CommitmentTerms> commitmentTerms() {
        return commitments.stream().map(Commitment::terms).toList();
    }

    public List<Commitment> commitmentsOwedBy(Side side) {
        return commitments.stream().filter(c -> c.getOwedBy() == side).toList();
    }

    public Long getId() {
        return id;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public int getNumber() {
        return number;
    }

    public int getRevision() {
        return revision;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveUntil() {
        return effectiveUntil;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public int getAutoCloseDays() {
        return autoCloseDays;
    }

    public int getEscalationDelayHours() {
        return escalationDelayHours;
    }

    public int getRatingWindowDays() {
        return ratingWindowDays;
    }

    public BusinessCalendar getProviderCalendar() {
        return providerCalendar;
    }

    public BusinessCalendar getConsumerCalendar() {
        return consumerCalendar;
    }

    public List<OfferedService> getServices() {
        return List.copyOf(services);
    }

    public List<Commitment> getCommitments() {
        return List.copyOf(commitments);
    }

    public Employee getProviderAcceptedBy() {
        return providerAcceptedBy;
    }

    public Instant getProviderAcceptedAt() {
        return providerAcceptedAt;
    }

    public Employee getConsumerAcceptedBy() {
        return consumerAcceptedBy;
    }

    public Instant getConsumerAcceptedAt() {
        return consumerAcceptedAt;
    }

    public String getExternalAcceptedBy() {
        return externalAcceptedBy;
    }

    public LocalDate getExternalAcceptedOn() {
        return externalAcceptedOn;
    }

    public String getExternalReference() {
        return externalReference;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
