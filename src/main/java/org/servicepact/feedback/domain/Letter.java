package org.servicepact.feedback.domain;

import jakarta.persistence.Column;
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
import jakarta.persistence.Version;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.rules.RequiredText;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.domain.PeerRequest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A compliment or a complaint about a person or a department, optionally about one request, sent to someone
 * in authority ({@link LetterRouting}). That person acknowledges it; a complaint is then answered and closed
 * with an outcome. The person it is about sees a compliment at once and a complaint once it is acknowledged.
 */
@Entity
@Table(name = "letter")
public class Letter {

    public enum Kind { COMPLIMENT, COMPLAINT }

    public enum Status { SENT, ACKNOWLEDGED, CLOSED }

    /** How a complaint ended. */
    public enum Outcome { UPHELD, PARTLY_UPHELD, NOT_UPHELD }

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 4000;
    public static final int ACKNOWLEDGEMENT_MAX = 2000;

    @Id
    @SequenceGenerator(name = "letter_seq", sequenceName = "letter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "letter_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Employee author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "about_employee_id")
    private Employee aboutEmployee;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "about_department_id")
    private Department aboutDepartment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private PeerRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "addressee_id")
    private Employee addressee;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    /** The key of the submission that wrote it (see {@code platform.persistence.OnceOnly}), if it carried one. */
    @Column(name = "submission_key", length = 64, updatable = false)
    private String submissionKey;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "period_month", nullable = false)
    private int periodMonth;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(length = ACKNOWLEDGEMENT_MAX)
    private String acknowledgement;

    @Column(length = BODY_MAX)
    private String response;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Outcome outcome;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Letter() {
        // for JPA
    }

    /** A letter about a person: it goes to their supervisor (or further up, see {@link LetterRouting}). */
    public static Letter aboutPerson(Kind kind, Employee author, Employee person, PeerRequest request, String subject,
                                     String body, Instant at, ZoneId zone) {
        return new Letter(kind, author, person, person.getDepartment(), request, LetterRouting.addresseeFor(author, person),
                subject, body, at, zone);
    }

    /** A letter about a department: it goes to its head (or further up, see {@link LetterRouting}). */
    public static Letter aboutDepartment(Kind kind, Employee author, Department department, PeerRequest request,
                                         String subject, String body, Instant at, ZoneId zone) {
        return new Letter(kind, author, null, department, request, LetterRouting.addresseeFor(author, department),
                subject, body, at, zone);
    }

    /** Keeps the key of the submission that wrote it, so that sending the same form again finds this letter. */
    public void keepSubmissionKey(String key) {
        this.submissionKey = key;
    }

    private Letter(Kind kind, Employee author, Employee aboutEmployee, Department aboutDepartment, PeerRequest request,
                   Employee addressee, String subject, String body, Instant at, ZoneId zone) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.status = Status.SENT;
        this.author = author;
        this.aboutEmployee = aboutEmployee;
        this.aboutDepartment = aboutDepartment;
        this.request = request;
        this.addressee = addressee;
        this.subject = RequiredText.of(subject, SUBJECT_MAX, "subject");
        this.body = RequiredText.of(body, BODY_MAX, "body");
        this.writtenAt = at;
        LocalDate day = LocalDate.ofInstant(at, zone);
        this.periodMonth = day.getYear() * 100 + day.getMonthValue();
    }

    /** The addressee says they have read it, with a comment. */
    public void acknowledge(Employee by, String comment, Instant at) {
        requireAddressee(by);
        if (status != Status.SENT) {
            throw RuleViolation.ofForm("letter.alreadyAcknowledged");
        }
        acknowledgement = RequiredText.of(comment, ACKNOWLEDGEMENT_MAX, "acknowledgement");
        acknowledgedAt = at;
        status = kind == Kind.COMPLIMENT ? Status.CLOSED : Status.ACKNOWLEDGED;
        closedAt = kind == Kind.COMPLIMENT ? at : null;
    }

    /** A complaint, once acknowledged, is answered and closed with an outcome. */
    public void close(Employee by, String answer, Outcome result, Instant at) {
        requireAddressee(by);
        if (kind != Kind.COMPLAINT || status != Status.ACKNOWLEDGED) {
            throw RuleViolation.ofForm("letter.notToClose");
        }
        if (result == null) {
            throw new RuleViolation("outcome", "letter.outcome.required");
        }
        response = RequiredText.of(answer, BODY_MAX, "response");
        outcome = result;
        closedAt = at;
        status = Status.CLOSED;
    }

    /**
     * Who may read the letter: its author and addressee; the head of the department it is about; the person it
     * is about, at once for a compliment and once acknowledged for a complaint.
     */
    public boolean isReadableBy(Employee employee) {
        return author.equals(employee) || addressee.equals(employee) || employee.equals(aboutDepartment.getHead())
                || employee.equals(aboutEmployee) && isShownToSubject();
    }

    /** Whether the person it is about may see it yet. */
    public boolean isShownToSubject() {
        return kind == Kind.COMPLIMENT || status != Status.SENT;
    }

    private void requireAddressee(Employee by) {
        if (!addressee.equals(by)) {
            throw RuleViolation.ofForm("letter.notYours");
        }
    }


    public Long getId() {
        return id;
    }

    public String getNumber() {
        return "LET-" + id;
    }

    public Kind getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    public Employee getAuthor() {
        return author;
    }

    public Employee getAboutEmployee() {
        return aboutEmployee;
    }

    public Department getAboutDepartment() {
        return aboutDepartment;
    }

    public PeerRequest getRequest() {
        return request;
    }

    public Employee getAddressee() {
        return addressee;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public String getAcknowledgement() {
        return acknowledgement;
    }

    public String getResponse() {
        return response;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}
