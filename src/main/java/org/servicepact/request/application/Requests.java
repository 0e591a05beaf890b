package org.servicepact.request.application;

import java.util.Optional;
import org.servicepact.platform.persistence.OnceOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.agreement.domain.OfferedService;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.agreement.domain.VersionStatus;
import org.servicepact.organisation.application.Employees;
import org.servicepact.organisation.application.Option;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.persistence.Records;
import org.servicepact.platform.rules.FormValidation;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.domain.ClockReading;
import org.servicepact.request.domain.Escalation;
import org.servicepact.request.domain.PeerRequest;
import org.servicepact.request.domain.RequestEvent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Logging and working peer requests, each act in its own transaction, and reading one request with its clocks. */
@ApplicationScoped
public class Requests {

    /** What someone does to a request, from its page. */
    public enum Act { TAKE, ACKNOWLEDGE, ASK, FLAG_INCOMPLETE, RESOLVE, DECLINE, ANSWER, CONFIRM, REOPEN, CANCEL, ESCALATE }

    @PersistenceContext
    EntityManager em;

    @Inject
    FormValidation validation;

    @Inject
    RequestCalendars calendars;

    @Inject
    RequestFigures figures;

    @Inject
    RequestNotifier notifier;

    @Inject
    Employees employees;

    @Inject
    Clock clock;

    /** The active agreements under which the employee's department may ask for something. */
    public List<Option> agreementsFor(String username) {
        Employee employee = employees.named(username);
        return em.createQuery("SELECT v.id, p.name, a.title FROM AgreementVersion v JOIN v.agreement a JOIN a.provider p"
                        + " WHERE v.status = :active AND a.consumer = :department ORDER BY p.name, a.title", Object[].class)
                .setParameter("active", VersionStatus.ACTIVE).setParameter("department", employee.getDepartment())
                .getResultStream().map(r -> new Option((Long) r[0], r[1] + " — " + r[2])).toList();
    }

    /** The services offered under these agreement versions, by version, in their order: one query for them all. */
    public Map<Long, List<Option>> servicesOf(Collection<Long> versionIds) {
        if (versionIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Option>> byVersion = new HashMap<>();
        em.createQuery("SELECT s.agreementVersion.id, s.id, s.name FROM OfferedService s WHERE s.agreementVersion.id IN :versions"
                        + " ORDER BY s.position", Object[].class).setParameter("versions", versionIds).getResultList()
                .forEach(r -> byVersion.computeIfAbsent((Long) r[0], version -> new ArrayList<>()).add(new Option((Long) r[1], (String) r[2])));
        return byVersion;
    }

    public AgreementVersion version(long versionId) {
        AgreementVersion version = Records.find(em, AgreementVersion.class, versionId);
        version.getServices().size();
        version.getCommitments().size();
        return version;
    }

    /** The clocks a request would have if it were submitted now: for the preview before submitting. */
    public List<ClockReading> preview(long versionId, Priority priority, LocalDate requestedDue) {
        return calendars.ifSubmittedAt(version(versionId), priority, requestedDue, clock.instant());
    }

    /** The request this person logged with this submission key, if any (see {@link OnceOnly}). */
    public Optional<PeerRequest> loggedWith(String username, String submissionKey) {
        return em.createQuery("SELECT r FROM PeerRequest r WHERE r.requester.username = :username AND r.submissionKey = :key",
                        PeerRequest.class).setParameter("username", username).setParameter("key", submissionKey)
                .getResultStream().findFirst();
    }

    @Transactional
    public PeerRequest log(RequestForm form, String username) {
        validation.check(form);
        AgreementVersion version = Records.reference(em, AgreementVersion.class, form.getAgreementVersionId(), "agreementVersionId");
        OfferedService service = Records.reference(em, OfferedService.class, form.getServiceId(), "serviceId");
        PeerRequest request = new PeerRequest(version, service, employees.named(username), form.getPriority(), form.getTitle(),
                form.getDescription(), form.getRequestedDue(), clock.instant());
        request.keepSubmissionKey(OnceOnly.key(form.getSubmissionKey(), "submissionKey"));
        em.persist(request);
        figures.refresh(request);
        em.flush();
        notifier.happened(request, RequestHappened.Kind.LOGGED, request.getSubmittedAt(), null);
        return request;
    }

    @Transactional
    public void act(long requestId, long lockVersion, String username, Act act, String text, Long assigneeId) {
        PeerRequest request = Records.forEdit(em, PeerRequest.class, requestId, lockVersion, PeerRequest::getVersion);
        em.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Employee by = employees.named(username);
        Instant now = clock.instant();
        switch (act) {
            case TAKE -> {
                request.assignTo(by, assigneeId == null ? by : Records.reference(em, Employee.class, assigneeId, "assignee"), now);
                if (!request.getAssignee().equals(by)) {
                    notifier.tell(request, request.getAssignee(), RequestNotice.Kind.ASSIGNED);
                }
            }
            case ACKNOWLEDGE -> request.acknowledge(by, now);
            case ASK -> {
                request.askRequester(by, text, now);
                notifier.tell(request, request.getRequester(), RequestNotice.Kind.QUESTION);
            }
            case FLAG_INCOMPLETE -> {
                request.flagIncomplete(by, text, now);
                notifier.tell(request, request.getRequester(), RequestNotice.Kind.QUESTION);
            }
            case RESOLVE -> {
                request.resolve(by, text, now);
                notifier.tell(request, request.getRequester(), RequestNotice.Kind.RESOLVED);
                notifier.happened(request, RequestHappened.Kind.RESOLVED, now, null);
            }
            case DECLINE -> request.decline(by, text, now);
            case ANSWER -> {
                request.answer(by, text, now);
                notifier.tell(request, request.getAssignee(), RequestNotice.Kind.ANSWERED);
            }
            case CONFIRM -> {
                request.confirm(by, text, now);
                notifier.happened(request, RequestHappened.Kind.CONFIRMED, now, null);
            }
            case REOPEN -> request.reopen(by, text, now, calendars.consumer(request.getAgreementVersion()).zone());
            case CANCEL -> request.cancel(by, text, now);
            case ESCALATE -> {
                Escalation escalation = request.isRequester(by) ? request.escalateByRequester(by, text, now)
                        : request.escalateConsumerBreach(by, text, now);
                notifier.tell(request, escalation.getEscalatedTo(), RequestNotice.Kind.ESCALATED, escalation.getReason());
                notifier.happened(request, RequestHappened.Kind.ESCALATED, now, escalation.getReason());
            }
        }
        figures.refresh(request);
        em.flush();
    }

    @Transactional
    public void changePriority(long requestId, long lockVersion, String username, Priority priority) {
        PeerRequest request = Records.forEdit(em, PeerRequest.class, requestId, lockVersion, PeerRequest::getVersion);
        request.changePriority(employees.named(username), priority, clock.instant());
        figures.refresh(request);
        em.flush();
    }

    /** The request alone, without its history, for a check or a figure; refused to anyone who may not see it. */
    public PeerRequest visible(long requestId, String username) {
        return visibleTo(requestId, employees.named(username));
    }

    /** The same for a person already read. */
    public PeerRequest visibleTo(long requestId, Employee employee) {
        PeerRequest request = Records.find(em, PeerRequest.class, requestId);
        request.requireVisibleTo(employee);
        return request;
    }

    /** Part of a request's history, oldest first, for someone who may see the request: its page of a long history. */
    @Transactional
    public List<RequestEvent> events(long requestId, String username, int first, int size) {
        PeerRequest request = visible(requestId, username);
        return em.createNamedQuery(RequestEvent.OF_REQUEST, RequestEvent.class).setParameter("request", request)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    /**
     * The request whole, for its page; refused to anyone outside the two departments. Read in one transaction: the
     * request with its agreement, service, both sides and its people in one statement, the people of its history in
     * another rather than one statement each.
     */
    @Transactional
    public PeerRequest detail(long requestId, String username) {
        return detail(requestId, employees.named(username));
    }

    /** The same for a person already read (a page's signed-in person). */
    @Transactional
    public PeerRequest detail(long requestId, Employee employee) {
        PeerRequest request = em.createNamedQuery(PeerRequest.DETAIL, PeerRequest.class)
                .setParameter("id", requestId).getResultStream().findFirst()
                .orElseThrow(() -> RuleViolation.ofForm("record.gone"));
        request.requireVisibleTo(employee);
        em.createQuery("SELECT DISTINCT a FROM RequestEvent e JOIN e.actor a WHERE e.request = :request", Employee.class)
                .setParameter("request", request).getResultList();
        request.getEvents().forEach(e -> {
            if (e.getActor() != null) {
                e.getActor().getFullName();
            }
        });
        request.getAgreementVersion().getCommitments().size();
        request.getEscalations().forEach(x -> x.getEscalatedTo().getSupervisor());
        return request;
    }

    /** The clocks as they stand now. */
    public List<ClockReading> clocks(PeerRequest request) {
        return calendars.clocksAt(request, clock.instant());
    }

    /**
     * The colleagues a request can be given to whose name or username contains the text: active employees of the
     * providing department, at most {@code limit}.
     */
    public List<Option> providerStaff(PeerRequest request, String text, int limit) {
        if (!(request.getProvider() instanceof Department department)) {
            return List.of();
        }
        return employees.find(department.getId(), text, limit);
    }
}
