package org.servicepact.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.servicepact.organisation.domain.Employee;

import java.time.Instant;

/**
 * An employee's account at the organisation's identity provider: the provider (its issuer) and the subject it names
 * the person by. Written at the first sign-in through the provider and never changed: a later sign-in with the same
 * subject is the same employee, whatever username or address the provider sends by then.
 */
@Entity
@Table(name = "external_account")
@NamedQuery(name = ExternalAccount.BY_SUBJECT,
        query = "SELECT a FROM ExternalAccount a JOIN FETCH a.employee WHERE a.issuer = :issuer AND a.subject = :subject")
@NamedQuery(name = ExternalAccount.OF_EMPLOYEE,
        query = "SELECT a FROM ExternalAccount a WHERE a.issuer = :issuer AND a.employee = :employee")
public class ExternalAccount {

    static final String BY_SUBJECT = "ExternalAccount.bySubject";
    static final String OF_EMPLOYEE = "ExternalAccount.ofEmployee";

    @Id
    @SequenceGenerator(name = "external_account_seq", sequenceName = "external_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "external_account_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id", nullable = false, updatable = false)
    private Employee employee;

    @Column(nullable = false, length = 500, updatable = false)
    private String issuer;

    @Column(nullable = false, length = 255, updatable = false)
    private String subject;

    @Column(name = "linked_at", nullable = false, updatable = false)
    private Instant linkedAt;

    protected ExternalAccount() {
    }

    ExternalAccount(Employee employee, String issuer, String subject, Instant linkedAt) {
        this.employee = employee;
        this.issuer = issuer;
        this.subject = subject;
        this.linkedAt = linkedAt;
    }

    public Employee getEmployee() {
        return employee;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }
}
