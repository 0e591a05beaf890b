package org.servicepact.agreement.web;

import org.servicepact.platform.rules.PlausibleDate;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.servicepact.agreement.application.AgreementDirectory;
import org.servicepact.agreement.application.Agreements;
import org.servicepact.agreement.domain.Agreement;
import org.servicepact.agreement.domain.AgreementEvent;
import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.agreement.domain.Commitment;
import org.servicepact.agreement.domain.Side;
import org.servicepact.agreement.domain.VersionComparison;
import org.servicepact.agreement.domain.VersionStatus;
import org.servicepact.organisation.domain.Department;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.platform.web.FormMessages;
import org.servicepact.platform.web.Pages;
import org.servicepact.platform.web.PerRequest;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One agreement as everyone reads it — what the provider owes beside what the consumer owes — with its
 * history, the comparison of two versions, and the acts open to the heads of its two sides.
 */
@Named
@ViewScoped
public class AgreementPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgreementDirectory directory;

    @Inject
    Agreements agreements;

    @Inject
    CurrentActor currentActor;

    private Long id;
    private Integer shownNumber;
    /** The versions of what the person saw, so that an act on an agreement or version changed since is refused. */
    private long shownLockVersion;
    private long agreementLockVersion;
    private final PerRequest<Shown> shown = new PerRequest<>();
    private Integer compareFrom;
    private Integer compareTo;
    private List<VersionComparison.Difference> differences;
    private String comment;
    private String terminationReason;
    private String externalAcceptedBy;
    @PlausibleDate
    private LocalDate externalAcceptedOn;
    private String externalReference;

    /** The agreement and the version shown of it, read once per request. */
    private record Shown(Agreement agreement, AgreementVersion version) implements Serializable {
    }

    public void load() {
        try {
            reload();
        } catch (RuleViolation gone) {
            Pages.notFound();
            return;
        }
        if (compareTo == null) {
            compareTo = shownNumber;
            compareFrom = Math.max(1, shownNumber - 1);
        }
    }

    private Shown shown() {
        return shown.get(() -> {
            Agreement agreement = directory.agreement(id == null ? -1 : id);
            AgreementVersion version = shownNumber == null ? agreement.versionShownTo(currentActor.get())
                    : agreement.version(shownNumber).orElseGet(() -> agreement.versionShownTo(currentActor.get()));
            return new Shown(agreement, version);
        });
    }

    private Agreement agreement() {
        return shown().agreement();
    }

    private AgreementVersion version() {
        return shown().version();
    }

    /** Reads the agreement again and remembers which version, at which state, the person now sees. */
    private void reload() {
        shown.forget();
        differences = null;
        shownNumber = version().getNumber();
        shownLockVersion = version().getLockVersion();
        agreementLockVersion = agreement().getVersion();
    }

    // --- acts -----------------------------------------------------------------------------------------

    public void accept(Side side) {
        act(() -> agreements.accept(version().getId(), shownLockVersion, side, currentActor.get()), "agreement.accepted");
    }

    public void sendBack() {
        act(() -> agreements.sendBack(version().getId(), shownLockVersion, comment, currentActor.get()), "agreement.sentBack");
    }

    public void recordExternalAcceptance() {
        act(() -> agreements.recordExternalAcceptance(version().getId(), shownLockVersion, externalAcceptedBy,
                externalAcceptedOn, externalReference, currentActor.get()), "agreement.externalRecorded");
    }

    public String renegotiate() {
        long[] draft = new long[1];
        boolean done = FormMessages.attempt(() -> draft[0] = agreements.renegotiate(id, currentActor.get()),
                "agreement.renegotiating");
        return done ? "/agreements/draft?faces-redirect=true&version=" + draft[0] : null;
    }

    public void terminate() {
        act(() -> agreements.terminate(id, agreementLockVersion, terminationReason, currentActor.get()), "agreement.terminatedNow");
    }

    private void act(Runnable action, String successKey) {
        if (FormMessages.attempt(action, null)) {
            Messages.addGlobalInfo(successKey);
            comment = null;
            terminationReason = null;
            shownNumber = null;
            reload();
        }
    }

    public void compare() {
        differences = VersionComparison.between(versionOrShown(compareFrom).content(), versionOrShown(compareTo).content());
    }

    /** The version of that number; the one shown when none is chosen or there is no such version. */
    private AgreementVersion versionOrShown(Integer number) {
        return number == null ? version() : agreement().version(number).orElse(version());
    }

    public void showVersion() {
        reload();
    }

    // --- what the page shows ----------------------------------------------------------------------------

    public List<Commitment> owedBy(Side side) {
        return version().commitmentsOwedBy(side);
    }

    public String nameOf(Side side) {
        return agreement().partyOn(side).getName();
    }

    /** The calendar a side's clocks use: the version's choice, or the side's own, or the organisation's. */
    public String calendarOf(Side side) {
        var chosen = side == Side.PROVIDER ? version().getProviderCalendar() : version().getConsumerCalendar();
        if (chosen != null) {
            return chosen.getName();
        }
        if (agreement().partyOn(side) instanceof Department department && department.getCalendar() != null) {
            return department.getCalendar().getName();
        }
        return null;
    }

    public boolean isMayWrite() {
        return agreement().mayWrite(currentActor.get()) && !agreement().isTerminated();
    }

    /** The sides the current user may accept for on the shown proposal. */
    public List<Side> getAcceptableSides() {
        return agreement().sidesAcceptableBy(version(), currentActor.get());
    }

    public boolean isExternalAcceptancePending() {
        return version().getStatus() == VersionStatus.PROPOSED && isMayWrite()
                && agreement().externalSide().map(side -> !version().isAcceptedBy(side)).orElse(false);
    }

    public boolean isDecidable() {
        return version().getStatus() == VersionStatus.PROPOSED && isMayWrite();
    }

    public boolean isRenegotiable() {
        return isMayWrite() && agreement().openVersion().isEmpty();
    }

    public boolean isDueForReview() {
        return version().isDueForReview(agreements.today());
    }

    public List<AgreementEvent> getHistory() {
        List<AgreementEvent> newestFirst = new ArrayList<>(agreement().getEvents());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    public List<Integer> getVersionNumbers() {
        return agreement().getVersions().stream().map(AgreementVersion::getNumber).toList();
    }

    public Side[] getSides() {
        return Side.values();
    }

    public Agreement getAgreement() {
        return agreement();
    }

    public AgreementVersion getShown() {
        return version();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getShownNumber() {
        return shownNumber;
    }

    public void setShownNumber(Integer shownNumber) {
        this.shownNumber = shownNumber;
    }

    public Integer getCompareFrom() {
        return compareFrom;
    }

    public void setCompareFrom(Integer compareFrom) {
        this.compareFrom = compareFrom;
    }

    public Integer getCompareTo() {
        return compareTo;
    }

    public void setCompareTo(Integer compareTo) {
        this.compareTo = compareTo;
    }

    public List<VersionComparison.Difference> getDifferences() {
        return differences;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getTerminationReason() {
        return terminationReason;
    }

    public void setTerminationReason(String terminationReason) {
        this.terminationReason = terminationReason;
    }

    public String getExternalAcceptedBy() {
        return externalAcceptedBy;
    }

    public void setExternalAcceptedBy(String externalAcceptedBy) {
        this.externalAcceptedBy = externalAcceptedBy;
    }

    public LocalDate getExternalAcceptedOn() {
        return externalAcceptedOn;
    }

    public void setExternalAcceptedOn(LocalDate externalAcceptedOn) {
        this.externalAcceptedOn = externalAcceptedOn;
    }

    public String getExternalReference() {
        return externalReference;
    }

    public void setExternalReference(String externalReference) {
        this.externalReference = externalReference;
    }
}
