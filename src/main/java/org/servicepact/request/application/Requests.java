package org.servicepact.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.OfferedService;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.agreement.domain.VersionStatus;
import org.servicepact.calendar.application.Calendars;
import org.servicepact.calendar.domain.BusinessCalendar;
import org.servicepact.calendar.domain.BusinessSchedule;
import org.servicepact.organisation.application.Option;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.domain.Party;
import org.servicepact.platform.persistence.Records;
import org.servicepact.platform.rules.FormValidation;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.platform.i18n.Texts;
import org.servicepact.request.domain.ClockReading;
import org.servicepact.request.domain.ClockTerms;
import org.servicepact.request.domain.Escalation;
import org.servicepact.request.domain.PeerRequest;
import org.servicepact.request.domain.RequestClocks;
import org.servicepact.request.domain.RequestStatus;
import org.servicepact.request.domain.TimelineEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Logging and working peer requests, each act in its own transaction, and reading their clocks. */
@ApplicationScoped
public class Requests {

    /**
     * Which definition of the cached report figures this code writes. Raise it when a cached figure is added
     * or changes meaning: requests below it are recomputed from their logs in the background.
     */
    public static final int FIGURES_VERSION = 1;

    /** What someone does to a request, from its page. */
    public enum Act { TAKE, ACKNOWLEDGE, ASK, FLAG_INCOMPLETE, RESOLVE, DECLINE, ANSWER, CONFIRM, REOPEN, CANCEL, ESCALATE }

    @PersistenceContext
    EntityManager em;

    @Inject
    FormValidation validation;

    @Inject
    Calendars calendars;

    @Inject
    Clock clock;

    @Inject
    Event<RequestNotice> notices;

    /** The active agreements under which the employee's department may ask for something. */
    public List<Option> agreementsFor(String username) {
        Employee employee = employee(username);
        return em.createQuery("SELECT v.id, p.name, a.title FROM AgreementVersion v JOIN v.agreement a JOIN a.provider p"
                        + " WHERE v.status = :active AND a.consumer = :department ORDER BY p.name, a.title", Object[].class)
                .setParameter("active", VersionStatus.ACTIVE).setParameter("department", employee.getDepartment())
                .getResultStream().map(r -> new Option((Long) r[0], r[1] + " — " + r[2])).toList();
    }

    public AgreementVersion version(long versionId) {
        AgreementVersion version = Records.find(em, AgreementVersion.class, versionId);
        version.getServices().size();
        version.getCommitments().size();
        return version;
    }

    /** The clocks a request would have if it were submitted now: for the preview before submitting. */
    public List<ClockReading> preview(long versionId, Priority priority, LocalDate requestedDue) {
        AgreementVersion version = version(versionId);
        Instant now = clock.instant();
        return RequestClocks.read(List.of(TimelineEvent.submitted(now, priority, requestedDue)), ClockTerms.of(version),
                providerSchedule(version), consumerSchedule(version), now);
    }

    @Transactional
    public PeerRequest log(RequestForm form, String username) {
        validation.check(form);
        AgreementVersion version = Records.reference(em, AgreementVersion.class, form.getAgreementVersionId(), "agreementVersionId");
        OfferedService service = Records.reference(em, OfferedService.class, form.getServiceId(), "serviceId");
        PeerRequest request = new PeerRequest(version, service, employee(username), form.getPriority(), form.getTitle(),
                form.getDescription(), form.getRequestedDue(), clock.instant());
        em.persist(request);
        refreshCache(request);
        em.flush();
        return request;
    }

    @Transactional
    public void act(long requestId, long lockVersion, String username, Act act, String text, Long assigneeId) {
        PeerRequest request = Records.forEdit(em, PeerRequest.class, requestId, lockVersion, PeerRequest::getVersion);
        em.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Employee by = employee(username);
        Instant now = clock.instant();
        switch (act) {
            case TAKE -> {
                request.assignTo(by, assigneeId == null ? by : Records.reference(em, Employee.class, assigneeId, "assignee"), now);
                if (!request.getAssignee().equals(by)) {
                    tell(request, request.getAssignee(), RequestNotice.Kind.ASSIGNED);
                }
            }
            case ACKNOWLEDGE -> request.acknowledge(by, now);
            case ASK -> {
                request.askRequester(by, text, now);
                tell(request, request.getRequester(), RequestNotice.Kind.QUESTION);
            }
            case FLAG_INCOMPLETE -> {
                request.flagIncomplete(by, text, now);
                tell(request, request.getRequester(), RequestNotice.Kind.QUESTION);
            }
            case RESOLVE -> {
                request.resolve(by, text, now);
                tell(request, request.getRequester(), RequestNotice.Kind.RESOLVED);
            }
            case DECLINE -> request.decline(by, text, now);
            case ANSWER -> {
                request.answer(by, text, now);
                tell(request, request.getAssignee(), RequestNotice.Kind.ANSWERED);
            }
            case CONFIRM -> request.confirm(by, now);
            case REOPEN -> request.reopen(by, text, now, consumerSchedule(request.getAgreementVersion()).zone());
            case CANCEL -> request.cancel(by, text, now);
            case ESCALATE -> {
                Escalation escalation = request.isRequester(by) ? request.escalateByRequester(by, text, now)
                        : request.escalateConsumerBreach(by, text, now);
                tell(request, escalation.getEscalatedTo(), RequestNotice.Kind.ESCALATED, escalation.getReason());
            }
        }
        refreshCache(request);
        em.flush();
    }

    @Transactional
    public void changePriority(long requestId, long lockVersion, String username, Priority priority) {
        PeerRequest request = Records.forEdit(em, PeerRequest.class, requestId, lockVersion, PeerRequest::getVersion);
        request.changePriority(employee(username), priority, clock.instant());
        refreshCache(request);
        em.flush();
    }

    /**
     * Writes a request that happened before, replaying its history through the same acts people use, with
     * their past timestamps: the clocks of an imported request are computed by the same code. A step that
     * could not have happened (an answer with no question, an event before the previous one) refuses the
     * whole import, naming the event; nothing partial is stored.
     */
    @Transactional
    public PeerRequest importHistory(RequestHistory history) {
        AgreementVersion version = Records.reference(em, AgreementVersion.class, history.agreementVersionId(), "agreementVersionId");
        if (version == null) {
            throw new RuleViolation("agreementVersionId", "api.required");
        }
        OfferedService service = Records.reference(em, OfferedService.class, history.serviceId(), "serviceId");
        if (service == null) {
            throw new RuleViolation("serviceId", "api.required");
        }
        if (history.submittedAt() == null || history.submittedAt().isAfter(clock.instant())) {
            throw new RuleViolation("submittedAt", "api.import.submittedAt");
        }
        PeerRequest request = new PeerRequest(version, service, named(history.requester(), "requester"),
                priority(history.priority(), "priority"), history.title(), history.description(), history.requestedDue(),
                history.submittedAt());
        List<RequestHistory.Step> events = history.events() == null ? List.of() : history.events();
        for (int i = 0; i < events.size(); i++) {
            replay(request, events.get(i), "events[" + i + "]");
        }
        em.persist(request);
        refreshCache(request);
        em.flush();
        return request;
    }

    private void replay(PeerRequest request, RequestHistory.Step event, String field) {
        if (event.at() == null || event.at().isAfter(clock.instant())) {
            throw new RuleViolation(field + ".at", "api.import.at");
        }
        TimelineEvent.Kind kind;
        try {
            kind = TimelineEvent.Kind.valueOf(String.valueOf(event.kind()));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field + ".kind", "api.import.kind", event.kind());
        }
        Employee actor = kind == TimelineEvent.Kind.AUTO_CLOSED ? null : named(event.actor(), field + ".actor");
        try {
            switch (kind) {
                case ASSIGNED -> request.assignTo(actor, named(event.assignee(), field + ".assignee"), event.at());
                case ACKNOWLEDGED -> request.acknowledge(actor, event.at());
                case QUESTION_ASKED -> request.askRequester(actor, event.text(), event.at());
                case FLAGGED_INCOMPLETE -> request.flagIncomplete(actor, event.text(), event.at());
                case ANSWERED -> request.answer(actor, event.text(), event.at());
                case RESOLVED -> request.resolve(actor, event.text(), event.at());
                case DECLINED -> request.decline(actor, event.text(), event.at());
                case REOPENED -> request.reopen(actor, event.text(), event.at(), consumerSchedule(request.getAgreementVersion()).zone());
                case CONFIRMED -> request.confirm(actor, event.at());
                case AUTO_CLOSED -> request.autoClose(event.at());
                case CANCELLED -> request.cancel(actor, event.text(), event.at());
                case PRIORITY_CHANGED -> request.changePriority(actor, priority(event.priority(), field + ".priority"), event.at());
                case SUBMITTED -> throw new RuleViolation(field + ".kind", "api.import.submittedTwice");
            }
        } catch (RuleViolation refused) {
            if (refused.field() != null && refused.field().startsWith(field)) {
                throw refused;
            }
            throw new RuleViolation(field, "api.import.refused", kind, Texts.format(Texts.DEFAULT, refused.messageKey(), refused.arguments()));
        }
    }

    private Employee named(String username, String field) {
        if (username == null || username.isBlank()) {
            throw new RuleViolation(field, "api.required");
        }
        return em.createNamedQuery(Employee.BY_USERNAME, Employee.class).setParameter("username", username.strip())
                .getResultStream().findFirst().orElseThrow(() -> new RuleViolation(field, "api.unknownEmployee", username));
    }

    /** A priority as the API spells it (P1–P4). */
    public static Priority priority(String text, String field) {
        try {
            return Priority.valueOf(String.valueOf(text).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, "api.priority", text);
        }
    }

    /**
     * Where the provider can hand a request on: the services of the other active agreements under which the
     * same consumer is served. Each option's id is the offered service's id (a service belongs to one version).
     */
    public List<Option> handOffTargets(PeerRequest request) {
        return em.createQuery("SELECT s.id, p.name, s.name FROM AgreementVersion v JOIN v.agreement a JOIN a.provider p"
                        + " JOIN v.services s WHERE v.status = :active AND a.consumer = :consumer AND a.provider <> :provider"
                        + " ORDER BY p.name, s.name", Object[].class)
                .setParameter("active", VersionStatus.ACTIVE).setParameter("consumer", request.getConsumer())
                .setParameter("provider", request.getProvider())
                .getResultStream().map(r -> new Option((Long) r[0], r[1] + " — " + r[2]))
                .toList();
    }

    /** Hands the request on; answers the new request's id. {@code target} is an id from {@link #handOffTargets}. */
    @Transactional
    public long handOff(long requestId, long lockVersion, String username, Long target, String reason) {
        if (target == null) {
            throw new RuleViolation("handOffTarget", "request.handOff.target");
        }
        PeerRequest request = Records.forEdit(em, PeerRequest.class, requestId, lockVersion, PeerRequest::getVersion);
        OfferedService service = Records.reference(em, OfferedService.class, target, "handOffTarget");
        PeerRequest next = request.handOff(employee(username), service.getAgreementVersion(), service, reason, clock.instant());
        em.persist(next);
        refreshCache(request);
        refreshCache(next);
        em.flush();
        return next.getId();
    }

    /** The person an escalation went to says they have seen it. */
    @Transactional
    public void acknowledgeEscalation(long escalationId, long lockVersion, String username, String comment) {
        Escalation escalation = Records.forEdit(em, Escalation.class, escalationId, lockVersion, Escalation::getVersion);
        escalation.acknowledge(employee(username), comment, clock.instant());
        em.flush();
    }

    /** Escalations waiting for the person's acknowledgement, oldest first. */
    public List<EscalationRow> escalationsWaitingFor(String username) {
        return em.createQuery("SELECT NEW org.servicepact.request.application.EscalationRow(x.id, r.id, r.title, x.reason,"
                        + " x.raisedAt, b.fullName, x.level, x.breachedSide) FROM Escalation x JOIN x.request r LEFT JOIN x.raisedBy b"
                        + " WHERE x.escalatedTo.username = :u AND x.acknowledgedAt IS NULL ORDER BY x.raisedAt", EscalationRow.class)
                .setParameter("u", username).getResultList();
    }

    void tell(PeerRequest request, Employee recipient, RequestNotice.Kind kind) {
        tell(request, recipient, kind, "");
    }

    void tell(PeerRequest request, Employee recipient, RequestNotice.Kind kind, String detail) {
        if (recipient != null) {
            notices.fire(new RequestNotice(request.getId(), recipient.getId(), kind, request.getTitle(), detail));
        }
    }

    /** The request whole, for its page; refused to anyone outside the two departments. */
    public PeerRequest detail(long requestId, String username) {
        PeerRequest request = Records.find(em, PeerRequest.class, requestId);
        if (!request.isVisibleTo(employee(username))) {
            throw RuleViolation.ofForm("request.notVisible");
        }
        request.getEvents().forEach(e -> {
            if (e.getActor() != null) {
                e.getActor().getFullName();
            }
        });
        request.getAgreementVersion().getCommitments().size();
        request.getEscalations().forEach(x -> x.getEscalatedTo().getSupervisor());
        return request;
    }

    public List<ClockReading> clocks(PeerRequest request) {
        return clocksAt(request, clock.instant());
    }

    /** The clocks as they stood (or will stand) at {@code now}. */
    public List<ClockReading> clocksAt(PeerRequest request, Instant now) {
        AgreementVersion version = request.getAgreementVersion();
        return RequestClocks.read(request.timeline(), ClockTerms.of(version), providerSchedule(version),
                consumerSchedule(version), now);
    }

    /** The colleagues a request can be given to: the active employees of the providing department. */
    public List<Option> providerStaff(PeerRequest request) {
        if (!(request.getProvider() instanceof Department department)) {
            return List.of();
        }
        return em.createQuery("SELECT e.id, e.fullName FROM Employee e WHERE e.department = :d AND e.deactivatedAt IS NULL"
                        + " ORDER BY e.fullName", Object[].class).setParameter("d", department)
                .getResultStream().map(r -> new Option((Long) r[0], (String) r[1])).toList();
    }

    public Employee employee(String username) {
        return em.createNamedQuery(Employee.BY_USERNAME, Employee.class).setParameter("username", username)
                .getResultStream().findFirst().orElseThrow(() -> RuleViolation.ofForm("employee.notFound"));
    }

    /**
     * Recomputes what the request caches from its log for lists and reports: the quality counts, the month,
     * the resolution due instant and every clock's outcome; when what the reports count changed, marks the
     * request so that its tie and month are recomputed.
     */
    public void refreshCache(PeerRequest request) {
        Instant now = clock.instant();
        refreshCache(request, clocksAt(request, now), now, false);
    }

    /**
     * The same from a reading already made at {@code now} (the watcher reads each request once a tick). Also keeps
     * when the watcher must look at the request next: the earliest warning, due or head-escalation instant of
     * its running provider clocks, or when a resolved request closes by itself. The watcher, which has just
     * acted on everything up to {@code now}, keeps only instants after it ({@code watched}); an act keeps
     * earlier ones too, so that a warning not yet given is still given.
     */
    public void refreshCache(PeerRequest request, List<ClockReading> clocks, Instant now, boolean watched) {
        List<Object> figuresBefore = request.figures();
        request.recountQuality();
        request.cachePeriod(providerSchedule(request.getAgreementVersion()).zone());
        clocks.stream().filter(c -> c.measure() == Measure.RESOLUTION).findFirst()
                .ifPresent(resolution -> request.cacheResolutionClock(resolution.due(), resolution.warnAt()));
        request.recordClocks(clocks, FIGURES_VERSION);
        request.watchAgainAt(nextWatch(request, clocks, watched ? now : null));
        if (!request.figures().equals(figuresBefore)) {
            request.markFiguresChanged(clock.instant());
        }
    }

    private Instant nextWatch(PeerRequest request, List<ClockReading> clocks, Instant after) {
        if (request.getStatus() == RequestStatus.RESOLVED) {
            return request.autoCloseAfter();
        }
        if (request.getStatus().isFinal()) {
            return null;
        }
        BusinessSchedule provider = providerSchedule(request.getAgreementVersion());
        Duration headDelay = Duration.ofHours(request.getAgreementVersion().getEscalationDelayHours());
        Instant next = null;
        for (ClockReading reading : clocks) {
            if (RequestWatcher.WATCHED.contains(reading.measure()) && reading.stopped() == null && reading.canComeDue()) {
                for (Instant moment : List.of(reading.warnAt(), reading.due(), provider.addBusinessTime(reading.due(), headDelay))) {
                    if ((after == null || moment.isAfter(after)) && (next == null || moment.isBefore(next))) {
                        next = moment;
                    }
                }
            }
        }
        return next;
    }

    BusinessSchedule providerSchedule(AgreementVersion version) {
        return schedule(version.getProviderCalendar(), version.getAgreement().getProvider());
    }

    BusinessSchedule consumerSchedule(AgreementVersion version) {
        return schedule(version.getConsumerCalendar(), version.getAgreement().getConsumer());
    }

    /** The version's choice, else the department's own calendar, else the organisation's default. */
    private BusinessSchedule schedule(BusinessCalendar chosen, Party party) {
        if (chosen != null) {
            return calendars.schedule(chosen);
        }
        if (party instanceof Department department && department.getCalendar() != null) {
            return calendars.schedule(department.getCalendar());
        }
        return calendars.schedule(calendars.organisationDefault().orElseThrow(() -> new IllegalStateException("No default calendar")));
    }
}
