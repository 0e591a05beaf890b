package org.servicepact.agreement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.servicepact.agreement.application.AgreementDirectory;
import org.servicepact.agreement.application.Agreements;
import org.servicepact.agreement.application.DraftForm;
import org.servicepact.agreement.domain.Agreement;
import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Side;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.agreement.domain.TargetUnit;
import org.servicepact.agreement.domain.VersionStatus;
import org.servicepact.calendar.application.Calendars;
import org.servicepact.organisation.application.Option;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.platform.web.FormMessages;
import org.servicepact.platform.web.Pages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** Edits a draft: terms, calendars, services, and the commitments each side owes; saves it or proposes it. */
@Named
@ViewScoped
public class DraftEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Agreements agreements;

    @Inject
    AgreementDirectory directory;

    @Inject
    Calendars calendars;

    @Inject
    CurrentActor currentActor;

    private Long versionId;
    private Long agreementId;
    private String title;
    private String providerName;
    private String consumerName;
    private int number;
    private DraftForm form;
    private List<Option> calendarOptions;

    public void load() {
        AgreementVersion version;
        try {
            version = findVersion();
        } catch (RuleViolation gone) {
            Pages.notFound();
            return;
        }
        Agreement agreement = version.getAgreement();
        if (!agreement.mayWrite(currentActor.get())) {
            Faces.responseSendError(403, "Forbidden");
            return;
        }
        if (version.getStatus() != VersionStatus.DRAFT) {
            Faces.redirect("agreements/agreement.xhtml?id=%s", agreement.getId());
            return;
        }
        agreementId = agreement.getId();
        title = agreement.getTitle();
        providerName = agreement.getProvider().getName();
        consumerName = agreement.getConsumer().getName();
        number = version.getNumber();
        form = agreements.draftForm(versionId);
        calendarOptions = calendars.all().stream().map(c -> new Option(c.getId(), c.getName() + " (" + c.getTimeZone() + ")")).toList();
    }

    private AgreementVersion findVersion() {
        Agreement agreement = directory.agreementOfVersion(versionId == null ? -1 : versionId);
        return agreement.getVersions().stream().filter(v -> v.getId().equals(versionId)).findFirst().orElseThrow();
    }

    public void save() {
        if (FormMessages.attempt(() -> agreements.saveDraft(form, currentActor.get()), null)) {
            form = agreements.draftForm(versionId);
            Messages.addGlobalInfo("agreement.draftSaved");
        }
    }

    public String propose() {
        boolean done = FormMessages.attempt(() -> agreements.saveAndPropose(form, currentActor.get()),
                "agreement.proposed", title);
        return done ? "/agreements/agreement?faces-redirect=true&id=" + agreementId : null;
    }

    public List<DraftForm.CommitmentRow> owedBy(Side side) {
        return form.commitmentsOwedBy(side);
    }

    public List<Measure> measuresFor(Side side) {
        return Arrays.stream(Measure.values()).filter(m -> m.owedBy() == side).toList();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public TargetUnit[] getUnits() {
        return TargetUnit.values();
    }

    public Side[] getSides() {
        return Side.values();
    }

    public Long getVersionId() {
        return versionId;
    }

    public void setVersionId(Long versionId) {
        this.versionId = versionId;
    }

    public Long getAgreementId() {
        return agreementId;
    }

    public String getTitle() {
        return title;
    }

    public String getProviderName() {
        return providerName;
    }

    public String getConsumerName() {
        return consumerName;
    }

    public int getNumber() {
        return number;
    }

    public DraftForm getForm() {
        return form;
    }

    public List<Option> getCalendarOptions() {
        return calendarOptions;
    }
}
