package org.servicepact.feedback.web;

import jakarta.faces.view.ViewScoped;
import org.servicepact.organisation.application.Employees;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Messages;
import org.servicepact.feedback.application.Letters;
import org.servicepact.feedback.domain.Letter;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.platform.web.FormMessages;
import org.servicepact.platform.web.Pages;
import org.servicepact.platform.web.PerRequest;
import org.servicepact.security.CurrentUser;

import java.io.Serializable;

/** One letter: what it says, where it went, and the addressee's acknowledgement (and, for a complaint, closing). */
@Named
@ViewScoped
public class LetterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Letters letters;

    @Inject
    Employees employees;

    @Inject
    CurrentUser currentUser;

    private Long id;
    /** The version of the letter the person saw, so that an act on a letter changed since is refused. */
    private long shownVersion;
    private final PerRequest<Shown> shown = new PerRequest<>();
    private String acknowledgement;
    private String response;
    private Letter.Outcome outcome;

    /** The letter as I may read it and who I am, read once per request. */
    private record Shown(Letter letter, Employee me) implements Serializable {
    }

    public void load() {
        try {
            shownVersion = shown().letter().getVersion();
        } catch (RuleViolation notReadable) {
            Pages.notFound();
        }
    }

    private Shown shown() {
        return shown.get(() -> new Shown(letters.detail(id == null ? -1 : id, currentUser.getUsername()),
                employees.named(currentUser.getUsername())));
    }

    private void reload() {
        shown.forget();
        load();
    }

    public void acknowledge() {
        if (FormMessages.attempt(() -> letters.acknowledge(id, shownVersion, currentUser.getUsername(), acknowledgement), null)) {
            Messages.addGlobalInfo("letter.acknowledged");
            acknowledgement = null;
            reload();
        }
    }

    public void close() {
        if (FormMessages.attempt(() -> letters.close(id, shownVersion, currentUser.getUsername(), response, outcome), null)) {
            Messages.addGlobalInfo("letter.closed");
            response = null;
            reload();
        }
    }

    /** Whether the letter waits for my acknowledgement. */
    public boolean isMineToAcknowledge() {
        return shown().letter().getAddressee().equals(shown().me()) && shown().letter().getStatus() == Letter.Status.SENT;
    }

    /** Whether the complaint waits for my answer and outcome. */
    public boolean isMineToClose() {
        return shown().letter().getAddressee().equals(shown().me())
                && shown().letter().getStatus() == Letter.Status.ACKNOWLEDGED;
    }

    public Letter.Outcome[] getOutcomes() {
        return Letter.Outcome.values();
    }

    public Letter getLetter() {
        return shown().letter();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAcknowledgement() {
        return acknowledgement;
    }

    public void setAcknowledgement(String acknowledgement) {
        this.acknowledgement = acknowledgement;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public Letter.Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Letter.Outcome outcome) {
        this.outcome = outcome;
    }
}
