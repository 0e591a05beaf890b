package org.servicepact.request.web;

import java.util.UUID;
import org.servicepact.platform.persistence.OnceOnly;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.agreement.domain.Commitment;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.agreement.domain.Side;
import org.servicepact.organisation.application.Option;
import org.omnifaces.util.Faces;
import org.servicepact.platform.web.FormMessages;
import org.servicepact.platform.web.PerRequest;
import org.servicepact.request.application.RequestForm;
import org.servicepact.request.application.Requests;
import org.servicepact.request.domain.ClockReading;
import org.servicepact.request.domain.PeerRequest;
import org.servicepact.security.CurrentUser;

import java.io.Serializable;
import java.util.List;

/**
 * Logs a request: the providing party (only those with an active agreement with my department), the
 * service, priority, title, description and an optional requested due date; before submitting, it shows
 * the commitments both ways and when the first response and resolution will be due.
 */
@Named
@ViewScoped
public class RequestLogger implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Requests requests;

    @Inject
    CurrentUser currentUser;

    private final RequestForm form = new RequestForm();

    {
        form.setSubmissionKey(UUID.randomUUID().toString());
    }
    private List<Option> agreements;
    private final PerRequest<Shown> shown = new PerRequest<>();

    /** The chosen agreement version and the due times a request would have now: read once per request. */
    private record Shown(AgreementVersion version, List<ClockReading> preview) implements Serializable {
    }

    public void load() {
        agreements = requests.agreementsFor(currentUser.getUsername());
        if (agreements.size() == 1) {
            form.setAgreementVersionId(agreements.get(0).id());
        }
        refresh();
    }

    /** After the agreement, priority or requested date changed: the services, commitments and due times. */
    public void refresh() {
        shown.forget();
        AgreementVersion version = shown().version();
        if (version != null && version.getServices().stream().noneMatch(s -> s.getId().equals(form.getServiceId()))) {
            form.setServiceId(version.getServices().isEmpty() ? null : version.getServices().get(0).getId());
        }
    }

    private Shown shown() {
        return shown.get(() -> {
            AgreementVersion version = form.getAgreementVersionId() == null ? null : requests.version(form.getAgreementVersionId());
            return new Shown(version, version == null ? List.of()
                    : requests.preview(version.getId(), form.getPriority(), form.getRequestedDue()));
        });
    }

    /**
     * Logs the request once, however often the form is posted, and goes to it. The redirect is sent without JSF's
     * navigation, which would end this view's beans at once: a second post of a double click, still on its way
     * through this view, then found a fresh, empty form instead of the one it had filled.
     */
    public void submit() {
        PeerRequest[] logged = new PeerRequest[1];
        String username = currentUser.getUsername();
        if (FormMessages.attempt(() -> logged[0] = OnceOnly.create(form.getSubmissionKey(),
                () -> requests.log(form, username), () -> requests.loggedWith(username, form.getSubmissionKey())),
                "request.logged", form.getTitle())) {
            Faces.redirect("requests/request.xhtml?id=%s", logged[0].getId());
        }
    }

    public List<Option> getServices() {
        AgreementVersion version = shown().version();
        return version == null ? List.of()
                : version.getServices().stream().map(s -> new Option(s.getId(), s.getName())).toList();
    }

    public List<Commitment> owedBy(Side side) {
        AgreementVersion version = shown().version();
        return version == null ? List.of() : version.commitmentsOwedBy(side);
    }

    public List<ClockReading> getPreview() {
        return shown().preview();
    }

    /** Whether the requested due date leaves less than the agreed notice. */
    public boolean isNoticeTooShort() {
        return shown().preview().stream().anyMatch(c -> c.measure() == Measure.ADVANCE_NOTICE
                && c.isBreached());
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public Side[] getSides() {
        return Side.values();
    }

    public RequestForm getForm() {
        return form;
    }

    public List<Option> getAgreements() {
        return agreements;
    }

    public AgreementVersion getVersion() {
        return shown().version();
    }
}
