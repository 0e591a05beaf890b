package org.servicepact.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.organisation.application.ExternalParties;
import org.servicepact.organisation.application.ExternalPartyForm;
import org.servicepact.organisation.domain.ExternalParty;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.platform.web.FormMessages;
import org.servicepact.platform.web.Pages;

import java.io.Serializable;

/** Creates or changes one external customer or vendor, and deactivates it. */
@Named
@ViewScoped
public class ExternalPartyEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LIST = "/admin/external-parties?faces-redirect=true";

    @Inject
    ExternalParties parties;

    private Long id;
    private ExternalPartyForm form;
    private boolean active = true;

    public void load() {
        try {
            form = id == null ? new ExternalPartyForm() : parties.edit(id);
            active = id == null || parties.isActive(id);
        } catch (RuleViolation gone) {
            Pages.notFound();
        }
    }

    public String save() {
        return FormMessages.attempt(() -> parties.save(form), "external.saved", form.getName()) ? LIST : null;
    }

    public String toggleActive() {
        String message = active ? "external.deactivated" : "external.reactivated";
        return FormMessages.attempt(() -> parties.setActive(form.getId(), form.getVersion(), !active), message, form.getName())
                ? LIST : null;
    }

    public ExternalParty.Kind[] getKinds() {
        return ExternalParty.Kind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ExternalPartyForm getForm() {
        return form;
    }

    public boolean isActive() {
        return active;
    }
}
