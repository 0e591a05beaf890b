package org.servicepact.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;


/** Something one side of an agreement owes the other, as written in one version. Immutable once stored. */
@Entity
@Table(name = "commitment")
public class Commitment {

    @Id
    @SequenceGenerator(name = "commitment_seq", sequenceName = "commitment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id")
    private AgreementVersion agreementVersion;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "owed_by", nullable = false, length = 10)
    private Side owedBy;

    @Column(nullable = false, length = 150)
    private String title;

    @Column(length = 2000)
    private String description;

    @Column(nullable = false, length = 2000)
    private String rationale;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Measure measure;

    @Embedded
    private Targets targets;

    protected Commitment() {
        // for JPA
    }

    Commitment(AgreementVersion agreementVersion, int position, CommitmentTerms terms) {
        this.agreementVersion = agreementVersion;
        this.position = position;
        this.owedBy = terms.owedBy();
        this.title = terms.title();
        this.description = terms.description();
        this.rationale = terms.rationale();
        this.measure = terms.measure();
        this.targets = terms.targets() == null ? null : terms.targets().copy();
    }

    public CommitmentTerms terms() {
        return new CommitmentTerms(owedBy, title, description, rationale, measure, targets);
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public Side getOwedBy() {
        return owedBy;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getRationale() {
        return rationale;
    }

    public Measure getMeasure() {
        return measure;
    }

    public Targets getTargets() {
        return targets;
    }
}
