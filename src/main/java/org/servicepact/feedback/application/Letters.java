package org.servicepact.feedback.application;

import java.util.Optional;
import org.servicepact.platform.persistence.OnceOnly;
import jakarta.enterprise.context.ApplicationScoped;
import org.servicepact.organisation.application.Employees;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.calendar.application.Calendars;
import org.servicepact.feedback.domain.Letter;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.domain.Party;
import org.servicepact.platform.persistence.Records;
import org.servicepact.platform.rules.FormValidation;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.application.Requests;
import org.servicepact.request.domain.PeerRequest;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Writing a compliment or a complaint, and the addressee acknowledging it and closing a complaint. */
@ApplicationScoped
public class Letters {

    @PersistenceContext
    EntityManager em;

    @Inject
    FormValidation validation;

    @Inject
    Requests requests;

    @Inject
    Employees employees;

    @Inject
    Calendars calendars;

    @Inject
    Clock clock;

    @Inject
    Event<LetterNotice> notices;

    @Inject
    Event<LetterHappened> happenings;

    /**
     * A new letter's form; about a request, it starts addressed to the other side of it: the requester writes
     * about the person who had it (or the providing department), the provider about the requester.
     */
    public LetterForm draft(Long requestId, String username) {
        LetterForm form = new LetterForm();
        if (requestId == null) {
            return form;
        }
        PeerRequest request = visibleRequest(requestId, username);
        Employee me = employees.named(username);
        boolean provider = request.isProviderStaff(me);
        Employee otherPerson = provider ? request.getRequester() : request.getAssignee();
        Party otherParty = provider ? request.getConsumer() : request.getProvider();
        form.setRequestId(requestId);
        if (otherPerson != null && !otherPerson.equals(me)) {
            form.setAboutEmployeeId(otherPerson.getId());
        } else if (otherParty instanceof Department department) {
            form.setAbout(LetterForm.About.DEPARTMENT);
            form.setAboutDepartmentId(department.getId());
        }
        String subject = request.getNumber() + " · " + request.getTitle();
        form.setSubject(subject.length() > Letter.SUBJECT_MAX ? subject.substring(0, Letter.SUBJECT_MAX) : subject);
        return form;
    }

    /** The letter this person wrote with this submission key, if any (see {@link OnceOnly}). */
    public Optional<Letter> writtenWith(String username, String submissionKey) {
        return em.createQuery("SELECT l FROM Letter l WHERE l.author.username = :username AND l.submissionKey = :key", Letter.class)
                .setParameter("username", username).setParameter("key", submissionKey).getResultStream().findFirst();
    }

    @Transactional
    public Letter write(LetterForm form, String username) {
        validation.check(form);
        Employee author = employees.named(username);
        PeerRequest request = form.getRequestId() == null ? null : visibleRequest(form.getRequestId(), username);
        Letter letter = switch (form.getAbout()) {
            case PERSON -> Letter.aboutPerson(form.getKind(), author, activeEmployee(form.getAboutEmployeeId()), request,
                    form.getSubject(), form.getBody(), clock.instant(), zone());
            case DEPARTMENT -> Letter.aboutDepartment(form.getKind(), author, activeDepartment(form.getAboutDepartmentId()),
                    request, form.getSubject(), form.getBody(), clock.instant(), zone());
        };
        letter.keepSubmissionKey(OnceOnly.key(form.getSubmissionKey(), "submissionKey"));
        em.persist(letter);
        em.flush();
        tell(letter, letter.getAddressee(), LetterNotice.Kind.LETTER_RECEIVED);
        happenings.fire(new LetterHappened(letter.getId(), letter.getAboutDepartment().getId(), letter.getKind(), letter.getSubject(),
                letter.getWrittenAt()));
        if (letter.getAboutEmployee() != null && letter.isShownToSubject()) {
            tell(letter, letter.getAboutEmployee(), LetterNotice.Kind.LETTER_ABOUT_YOU);
        }
        return letter;
    }

    @Transactional
    public void acknowledge(long letterId, long lockVersion, String username, String comment) {
        Letter letter = Records.forEdit(em, Letter.class, letterId, lockVersion, Letter::getVersion);
        letter.acknowledge(employees.named(username), comment, clock.instant());
        tell(letter, letter.getAuthor(), LetterNotice.Kind.LETTER_ACKNOWLEDGED);
        if (letter.getKind() == Letter.Kind.COMPLAINT && letter.getAboutEmployee() != null) {
            tell(letter, letter.getAboutEmployee(), LetterNotice.Kind.LETTER_ABOUT_YOU);
        }
        em.flush();
    }

    @Transactional
    public void close(long letterId, long lockVersion, String username, String response, Letter.Outcome outcome) {
        Letter letter = Records.forEdit(em, Letter.class, letterId, lockVersion, Letter::getVersion);
        letter.close(employees.named(username), response, outcome, clock.instant());
        tell(letter, letter.getAuthor(), LetterNotice.Kind.LETTER_CLOSED);
        em.flush();
    }

    /** The letter whole, for its page; refused to anyone who may not read it. */
    public Letter detail(long letterId, String username) {
        Letter letter = Records.find(em, Letter.class, letterId);
        if (!letter.isReadableBy(employees.named(username))) {
            throw RuleViolation.ofForm("letter.notVisible");
        }
        return letter;
    }

    private PeerRequest visibleRequest(long requestId, String username) {
        try {
            return requests.visible(requestId, username);
        } catch (RuleViolation notVisible) {
            throw new RuleViolation("requestId", "letter.request.notVisible");
        }
    }

    private Employee activeEmployee(Long id) {
        Employee employee = id == null ? null : em.find(Employee.class, id);
        if (employee == null || !employee.isActive()) {
            throw new RuleViolation("aboutEmployee", "letter.about.required");
        }
        return employee;
    }

    private Department activeDepartment(Long id) {
        Department department = id == null ? null : em.find(Department.class, id);
        if (department == null || !department.isActive()) {
            throw new RuleViolation("aboutDepartment", "letter.about.required");
        }
        return department;
    }

    private ZoneId zone() {
        return calendars.organisationDefault().map(c -> c.schedule().zone()).orElse(ZoneOffset.UTC);
    }

    private void tell(Letter letter, Employee recipient, LetterNotice.Kind kind) {
        notices.fire(new LetterNotice(letter.getId(), recipient.getId(), kind, letter.getSubject()));
    }
}
