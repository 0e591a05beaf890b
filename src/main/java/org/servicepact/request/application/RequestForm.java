package org.servicepact.request.application;

import org.servicepact.platform.rules.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.servicepact.agreement.domain.Priority;

import java.io.Serializable;
import java.time.LocalDate;

/** What an employee fills in to log a request. */
public class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull
    private Long agreementVersionId;
    @NotNull
    private Long serviceId;
    @NotNull
    private Priority priority = Priority.P3;
    @NotBlank
    @Size(max = 200)
    private String title;
    @NotBlank
    @Size(max = 4000)
    private String description;
    @PlausibleDate
    private LocalDate requestedDue;
    /** What makes a second submission of the same form (or a retried API call) answer the first request. */
    private String submissionKey;

    public Long getAgreementVersionId() {
        return agreementVersionId;
    }

    public void setAgreementVersionId(Long agreementVersionId) {
        this.agreementVersionId = agreementVersionId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getRequestedDue() {
        return requestedDue;
    }

    public void setRequestedDue(LocalDate requestedDue) {
        this.requestedDue = requestedDue;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }
}
