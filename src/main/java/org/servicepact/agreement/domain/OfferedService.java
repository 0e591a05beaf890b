package org.servicepact.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A service (request type) a version of an agreement offers. */
@Entity
@Table(name = "offered_service")
public class OfferedService {

    @Id
    @SequenceGenerator(name = "offered_service_seq", sequenceName = "offered_service_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offered_service_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private AgreementVersion agreementVersion;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(length = 2000)
    private String description;

    protected OfferedService() {
        // for JPA
    }

    OfferedService(AgreementVersion agreementVersion, int position, ServiceTerms terms) {
        this.agreementVersion = agreementVersion;
        this.position = position;
        this.name = terms.name();
        this.description = terms.description();
    }

    public ServiceTerms terms() {
        return new ServiceTerms(name, description);
    }

    public Long getId() {
        return id;
    }

    public AgreementVersion getAgreementVersion() {
        return agreementVersion;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }
}
