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
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.ExternalParty;
import org.servicepact.organisation.domain.Party;
import org.servicepact.platform.rules.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A service agreement between a provider and a consumer, with every version ever drafted and its history.
 * Guards who may do what: only the heads of the departments on either side (or an administrator) draft
 * and decide, each head only for their own side; one version is negotiated at a time and one is active.
 */
@Entity
@Table(name = "agreement")
public class Agreement {

    @Id
    @SequenceGenerator(name = "agreement_seq", sequenceName = "agreement_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private Party provider;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consumer_id")
    private Party consumer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AgreementKind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "terminated_at")
    private Instant terminatedAt;

    @Column(name = "termination_reason", length = 2000)
    private String terminationReason;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<AgreementVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<AgreementEvent> events = new ArrayList<>();

    @Version
    private long version;

    protected Agreement() {
        // for JPA
    }

    /** A new agreement with its first draft, which the actor must be allowed to write. */
    public Agreement(String title, Party provider, Party consumer, Actor actor, Instant at, DraftContent firstDraft) {
        this.title = requireTitle(title);
        this.provider = Objects.requireNonNull(provider, "provider");
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        if (provider.equals(consumer)) {
            throw new RuleViolation("counterpart", "agreement.parties.same");
        }
        this.kind = AgreementKind.between(typeOf(provider), typeOf(consumer));
        this.createdAt = at;
        requireMayWrite(actor);
        AgreementVersion first = new AgreementVersion(this, 1, at);
        first.redraft(firstDraft);
        versions.add(first);
        record(first, AgreementEvent.Action.DRAFTED, actor, at, null);
    }

    // --- the acts of negotiation ---------------------------------------------------------------------

    public void editDraft(AgreementVersion draft, Actor actor, Instant at, DraftContent content) {
        requireOwn(draft);
        requireMayWrite(actor);
        draft.redraft(content);
        record(draft, AgreementEvent.Action.EDITED, actor, at, null);
    }

    public void propose(AgreementVersion draft, Actor actor, Instant at) {
        requireOwn(draft);
        requireMayWrite(actor);
        draft.propose();
        record(draft, AgreementEvent.Action.PROPOSED, actor, at, null);
    }

    /** Accepts the proposal for one side; a head accepts only for the side their department is on. */
    public void accept(AgreementVersion proposal, Side side, Actor actor, Instant at) {
        requireOwn(proposal);
        if (!(partyOn(side) instanceof Department)) {
            throw RuleViolation.ofForm("agreement.accept.external");
        }
        if (!actor.admin() && !sidesHeadedBy(actor).contains(side)) {
            throw RuleViolation.ofForm("agreement.accept.notYourSide");
        }
        proposal.accept(side, actor.employee(), at);
        record(proposal, AgreementEvent.Action.ACCEPTED, actor, at, partyOn(side).getName());
    }

    /** The internal side records that the outside party accepted: who, on what date, under which reference. */
    public void recordExternalAcceptance(AgreementVersion proposal, Actor actor, String acceptedBy, LocalDate acceptedOn,
                                         String reference, Instant at) {
        requireOwn(proposal);
        Side external = externalSide().orElseThrow(() -> RuleViolation.ofForm("agreement.external.notExternal"));
        requireMayWrite(actor);
        proposal.recordExternalAcceptance(external, acceptedBy, acceptedOn, reference, at);
        record(proposal, AgreementEvent.Action.EXTERNAL_ACCEPTANCE_RECORDED, actor, at,
                acceptedBy.strip() + ", " + acceptedOn + ", " + reference.strip());
    }

    public void sendBack(AgreementVersion proposal, Actor actor, String comment, Instant at) {
        requireOwn(proposal);
        requireMayWrite(actor);
        if (comment == null || comment.isBlank()) {
            throw new RuleViolation("comment", "agreement.sendBack.comment");
        }
        proposal.sendBack();
        record(proposal, AgreementEvent.Action.SENT_BACK, actor, at, comment.strip());
    }

    /**
     * Puts an accepted proposal in force once its effective date has come, superseding the version that
     * was active until then. Answers whether anything changed.
     */
    public boolean activateIfDue(LocalDate today, Instant at) {
        Optional<AgreementVersion> ready = openVersion()
                .filter(v -> v.getStatus() == VersionStatus.PROPOSED && v.isAcceptedByBoth()
                        && !v.getEffectiveFrom().isAfter(today));
        if (ready.isEmpty() || isTerminated()) {
            return false;
        }
        activeVersion().ifPresent(previous -> {
            previous.end(VersionStatus.SUPERSEDED, at);
            record(previous, AgreementEvent.Action.SUPERSEDED, null, at, null);
        });
        ready.get().activate(at);
        record(ready.get(), AgreementEvent.Action.ACTIVATED, null, at, null);
        return true;
    }

    /** Ends the active version whose end date has passed. Answers whether anything changed. */
    public boolean expireIfDue(LocalDate today, Instant at) {
        Optional<AgreementVersion> ended = activeVersion()
                .filter(v -> v.getEffectiveUntil() != null && v.getEffectiveUntil().isBefore(today));
        ended.ifPresent(v -> {
            v.end(VersionStatus.EXPIRED, at);
            record(v, AgreementEvent.Action.EXPIRED, null, at, null);
        });
        return ended.isPresent();
    }

    /** Starts a new draft from the active version (or the latest one); earlier requests keep their version. */
    public AgreementVersion renegotiate(Actor actor, Instant at) {
        requireMayWrite(actor);
        if (isTerminated()) {
            throw RuleViolation.ofForm("agreement.terminated");
        }
        if (openVersion().isPresent()) {
            throw RuleViolation.ofForm("agreement.renegotiate.open");
        }
        AgreementVersion basis = activeVersion().orElseGet(this::latestVersion);
        AgreementVersion draft = basis.copyAsDraft(latestVersion().getNumber() + 1, at);
        versions.add(draft);
        record(draft, AgreementEvent.Action.RENEGOTIATION_STARTED, actor, at, null);
        return draft;
    }

    public void terminate(Actor actor, String reason, Instant at) {
        requireMayWrite(actor);
        if (isTerminated()) {
            throw RuleViolation.ofForm("agreement.terminated");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "agreement.terminate.reason");
        }
        openVersion().ifPresent(v -> {
            v.end(VersionStatus.WITHDRAWN, at);
            record(v, AgreementEvent.Action.WITHDRAWN, actor, at, null);
        });
        activeVersion().ifPresent(v -> v.end(VersionStatus.TERMINATED, at));
        terminatedAt = at;
        terminationReason = reason.strip();
        record(latestVersion(), AgreementEvent.Action.TERMINATED, actor, at, terminationReason);
    }

    // --- who may do what -----------------------------------------------------------------------------

    /** The sides whose department the actor heads. */
    public Set<Side> sidesHeadedBy(Actor actor) {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        for (Side side : Side.values()) {
            if (partyOn(side) instanceof Department department && department.isHeadedBy(actor.username())) {
                sides.add(side);
            }
        }
        return sides;
    }

    public boolean mayWrite(Actor actor) {
        return actor.admin() || !sidesHeadedBy(actor).isEmpty();
    }

    /**
     * The sides the actor may accept a version for: while it is proposed and the agreement not terminated, each side
     * not yet accepted whose department they head (any department's side for an administrator); an external party's
     * acceptance is recorded, not given.
     */
    public List<Side> sidesAcceptableBy(AgreementVersion version, Actor actor) {
        if (version.getStatus() != VersionStatus.PROPOSED || isTerminated()) {
            return List.of();
        }
        Set<Side> headed = sidesHeadedBy(actor);
        return Arrays.stream(Side.values())
                .filter(side -> !version.isAcceptedBy(side) && partyOn(side) instanceof Department)
                .filter(side -> actor.admin() || headed.contains(side))
                .toList();
    }

    private void requireMayWrite(Actor actor) {
        if (!mayWrite(actor)) {
            throw RuleViolation.ofForm("agreement.notYours");
        }
    }

    private void requireOwn(AgreementVersion version) {
        if (version.getAgreement() != this) {
            throw new IllegalArgumentException("Version " + version.getId() + " belongs to another agreement");
        }
    }

    // --- reading -------------------------------------------------------------------------------------

    public Party partyOn(Side side) {
        return side == Side.PROVIDER ? provider : consumer;
    }

    /** The side an external party is on, for external agreements. */
    public Optional<Side> externalSide() {
        for (Side side : Side.values()) {
            if (partyOn(side) instanceof ExternalParty) {
                return Optional.of(side);
            }
        }
        return Optional.empty();
    }

    public Optional<AgreementVersion> activeVersion() {
        return versions.stream().filter(v -> v.getStatus() == VersionStatus.ACTIVE).findFirst();
    }

    /** The draft or proposal being negotiated, if any. */
    public Optional<AgreementVersion> openVersion() {
        return versions.stream().filter(v -> v.getStatus().isOpen()).findFirst();
    }

    /** The version to show the actor: the one being negotiated to those who negotiate it, else the active one, else the latest. */
    public AgreementVersion versionShownTo(Actor actor) {
        if (mayWrite(actor) && openVersion().isPresent()) {
            return openVersion().get();
        }
        return activeVersion().orElseGet(this::latestVersion);
    }

    public AgreementVersion latestVersion() {
        return versions.stream().max(Comparator.comparingInt(AgreementVersion::getNumber)).orElseThrow();
    }

    public Optional<AgreementVersion> version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    public boolean isTerminated() {
        return terminatedAt != null;
    }

    private void record(AgreementVersion version, AgreementEvent.Action action, Actor actor, Instant at, String comment) {
        events.add(new AgreementEvent(version, action, actor == null ? null : actor.employee(), at, comment));
    }

    private static AgreementKind.PartyType typeOf(Party party) {
        if (party instanceof ExternalParty external) {
            return external.getKind() == ExternalParty.Kind.CUSTOMER
                    ? AgreementKind.PartyType.CUSTOMER : AgreementKind.PartyType.VENDOR;
        }
        return AgreementKind.PartyType.DEPARTMENT;
    }

    private static String requireTitle(String title) {
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new RuleViolation("title", "agreement.title.invalid");
        }
        return title.strip();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Party getProvider() {
        return provider;
    }

    public Party getConsumer() {
        return consumer;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getTerminatedAt() {
        return terminatedAt;
    }

    public String getTerminationReason() {
        return terminationReason;
    }

    public List<AgreementVersion> getVersions() {
        return List.copyOf(versions);
    }

    public List<AgreementEvent> getEvents() {
        return List.copyOf(events);
    }

    public long getVersion() {
        return version;
    }
}
