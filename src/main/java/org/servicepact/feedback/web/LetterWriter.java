package org.servicepact.feedback.web;

import java.util.UUID;
import org.servicepact.platform.persistence.OnceOnly;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.servicepact.feedback.application.LetterForm;
import org.servicepact.feedback.application.Letters;
import org.servicepact.feedback.domain.Letter;
import org.servicepact.organisation.application.Departments;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.application.Option;
import org.servicepact.platform.rules.RuleViolation;
import org.omnifaces.util.Faces;
import org.servicepact.platform.web.FormMessages;
import org.servicepact.security.CurrentUser;

import java.io.Serializable;
import java.util.List;

/** Writing a compliment or a complaint about a person or a department, optionally about a request. */
@Named
@ViewScoped
public class LetterWriter implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PICKER_SIZE = 15;

    @Inject
    Letters letters;

    @Inject
    Employees employees;

    @Inject
    Departments departments;

    @Inject
    CurrentUser currentUser;

    private Long requestId;
    private LetterForm form = new LetterForm();
    private Option aboutEmployee;
    private Option aboutDepartment;

    public void load() {
        try {
            form = letters.draft(requestId, currentUser.getUsername());
        } catch (RuleViolation notVisible) {
            form = new LetterForm();
        }
        form.setSubmissionKey(UUID.randomUUID().toString());
        aboutEmployee = employees.option(form.getAboutEmployeeId());
        aboutDepartment = departments.option(form.getAboutDepartmentId());
    }

    public List<Option> completeEmployee(String text) {
        return employees.find(text, PICKER_SIZE);
    }

    public List<Option> completeDepartment(String text) {
        return departments.find(text, PICKER_SIZE);
    }

    /** Sends the letter once, however often the form is posted, and goes to it (as {@code RequestLogger.submit}). */
    public void send() {
        form.setAboutEmployeeId(aboutEmployee == null ? null : aboutEmployee.id());
        form.setAboutDepartmentId(aboutDepartment == null ? null : aboutDepartment.id());
        Letter[] sent = new Letter[1];
        String username = currentUser.getUsername();
        if (FormMessages.attempt(() -> sent[0] = OnceOnly.create(form.getSubmissionKey(),
                () -> letters.write(form, username), () -> letters.writtenWith(username, form.getSubmissionKey())), "letter.sent")) {
            Faces.redirect("feedback/letter.xhtml?id=%s", sent[0].getId());
        }
    }

    public boolean isAboutPerson() {
        return form.getAbout() == LetterForm.About.PERSON;
    }

    public Letter.Kind[] getKinds() {
        return Letter.Kind.values();
    }

    public LetterForm.About[] getAbouts() {
        return LetterForm.About.values();
    }

    public LetterForm getForm() {
        return form;
    }

    public Option getAboutEmployee() {
        return aboutEmployee;
    }

    public void setAboutEmployee(Option aboutEmployee) {
        this.aboutEmployee = aboutEmployee;
    }

    public Option getAboutDepartment() {
        return aboutDepartment;
    }

    public void setAboutDepartment(Option aboutDepartment) {
        this.aboutDepartment = aboutDepartment;
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }
}
