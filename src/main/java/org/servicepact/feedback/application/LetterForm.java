package org.servicepact.feedback.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.servicepact.feedback.domain.Letter;

import java.io.Serializable;

/** What an employee fills in to write a compliment or a complaint. */
public class LetterForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Whom the letter is about. */
    public enum About { PERSON, DEPARTMENT }

    @NotNull
    private Letter.Kind kind = Letter.Kind.COMPLIMENT;
    @NotNull
    private About about = About.PERSON;
    private Long aboutEmployeeId;
    private Long aboutDepartmentId;
    private Long requestId;
    @NotBlank
    @Size(max = Letter.SUBJECT_MAX)
    private String subject;
    @NotBlank
    @Size(max = Letter.BODY_MAX)
    private String body;
    /** What makes a second submission of the same form answer the first letter. */
    private String submissionKey;

    public Letter.Kind getKind() {
        return kind;
    }

    public void setKind(Letter.Kind kind) {
        this.kind = kind;
    }

    public About getAbout() {
        return about;
    }

    public void setAbout(About about) {
        this.about = about;
    }

    public Long getAboutEmployeeId() {
        return aboutEmployeeId;
    }

    public void setAboutEmployeeId(Long aboutEmployeeId) {
        this.aboutEmployeeId = aboutEmployeeId;
    }

    public Long getAboutDepartmentId() {
        return aboutDepartmentId;
    }

    public void setAboutDepartmentId(Long aboutDepartmentId) {
        this.aboutDepartmentId = aboutDepartmentId;
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }
}
