package org.servicepact.agreement.application;

import org.servicepact.agreement.domain.AgreementKind;
import org.servicepact.agreement.domain.VersionStatus;

import java.io.Serializable;

/** What the agreement list is narrowed to: a party on either side, a kind, a version status, a service name. */
public class AgreementFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long partyId;
    private AgreementKind kind;
    private VersionStatus status;
    private String service;

    public Long getPartyId() {
        return partyId;
    }

    public void setPartyId(Long partyId) {
        this.partyId = partyId;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public void setKind(AgreementKind kind) {
        this.kind = kind;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public void setStatus(VersionStatus status) {
        this.status = status;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }
}
