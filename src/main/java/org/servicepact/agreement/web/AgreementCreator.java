package org.servicepact.agreement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.agreement.application.AgreementDirectory;
import org.servicepact.agreement.application.Agreements;
import org.servicepact.agreement.application.NewAgreementForm;
import org.servicepact.agreement.domain.Agreement;
import org.servicepact.organisation.application.Departments;
import org.servicepact.organisation.application.Option;
import org.servicepact.platform.web.FormMessages;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** Starts an agreement: my department, the other party, which way the service goes, where to start from. */
@Named
@ViewScoped
public class AgreementCreator implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PICKER_SIZE = 15;

    @Inject
    Agreements agreements;

    @Inject
    AgreementDirectory directory;

    @Inject
    Departments departments;

    @Inject
    CurrentActor currentActor;

    private final NewAgreementForm form = new NewAgreementForm();
    private List<Option> headed;
    private Option ownDepartment;
    private Option counterpart;
    private Option template;

    public void load() {
        headed = departments.headedBy(currentActor.get().username());
        if (headed.size() == 1) {
            ownDepartment = headed.get(0);
        }
    }

    /**
     * My departments whose name or code contains the text: those I head, or for an administrator any department
     * (searched, as an organisation may have thousands).
     */
    public List<Option> completeOwnDepartment(String text) {
        if (currentActor.get().admin()) {
            return departments.find(text, PICKER_SIZE);
        }
        String part = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return headed.stream().filter(option -> option.label().toLowerCase(Locale.ROOT).contains(part)).limit(PICKER_SIZE).toList();
    }

    /** The parties whose name contains the text, for the other side. */
    public List<Option> completeCounterpart(String text) {
        return directory.findParties(text, PICKER_SIZE);
    }

    /** The active agreements whose title contains the text, to start from. */
    public List<Option> completeTemplate(String text) {
        return directory.findTemplates(text, PICKER_SIZE);
    }

    public String create() {
        form.setOwnDepartmentId(ownDepartment == null ? null : ownDepartment.id());
        form.setCounterpartId(counterpart == null ? null : counterpart.id());
        form.setTemplateVersionId(template == null ? null : template.id());
        Agreement[] created = new Agreement[1];
        boolean done = FormMessages.attempt(() -> created[0] = agreements.create(form, currentActor.get()),
                "agreement.created", form.getTitle());
        return done ? "/agreements/draft?faces-redirect=true&version=" + created[0].latestVersion().getId() : null;
    }

    public boolean isAllowed() {
        return currentActor.get().admin() || !headed.isEmpty();
    }

    public NewAgreementForm getForm() {
        return form;
    }

    public NewAgreementForm.Direction[] getDirections() {
        return NewAgreementForm.Direction.values();
    }

    public Option getOwnDepartment() {
        return ownDepartment;
    }

    public void setOwnDepartment(Option ownDepartment) {
        this.ownDepartment = ownDepartment;
    }

    public Option getCounterpart() {
        return counterpart;
    }

    public void setCounterpart(Option counterpart) {
        this.counterpart = counterpart;
    }

    public Option getTemplate() {
        return template;
    }

    public void setTemplate(Option template) {
        this.template = template;
    }
}
