package org.servicepact.request.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.agreement.domain.OfferedService;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.agreement.domain.Side;
import org.servicepact.agreement.domain.VersionStatus;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.organisation.domain.Party;
import org.servicepact.platform.rules.RequiredText;
import org.servicepact.platform.i18n.Message;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.domain.TimelineEvent.Kind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A request one department makes of another under an active agreement version. Every act is checked
 * (who may do it, from which status) and appended to the immutable event log, from which the clocks
 * are computed. The request keeps the version that was active when it was submitted.
 */
@Entity
@Table(name = "peer_request")
// Named, so that EclipseLink prepares it once: a query made anew with the fetch hint was prepared at every read,
// and its SQL prepared again by the database (src/bench/MEASUREMENTS.md). EclipseLink takes a fetch join two steps deep
// (the version's agreement) only as its hint.
@NamedQuery(name = PeerRequest.DETAIL, query = "SELECT r FROM PeerRequest r JOIN FETCH r.agreementVersion JOIN FETCH r.service"
        + " JOIN FETCH r.provider JOIN FETCH r.consumer JOIN FETCH r.requester LEFT JOIN FETCH r.assignee WHERE r.id = :id",
        hints = @QueryHint(name = "eclipselink.join-fetch", value = "r.agreementVersion.agreement"))
public class PeerRequest {

    /** A request with what its page shows of it (its agreement version and agreement, service, sides and people). */
    public static final String DETAIL = "PeerRequest.detail";

    private static final Set<RequestStatus> WITH_PROVIDER = EnumSet.of(RequestStatus.NEW, RequestStatus.IN_PROGRESS,
            RequestStatus.WAITING_ON_REQUESTER);

    @Id
    @SequenceGenerator(name = "peer_request_seq", sequenceName = "peer_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "peer_request_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_version_id")
    private AgreementVersion agreementVersion;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private OfferedService service;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id")
    private Party provider;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "consumer_id")
    private Party consumer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requester_id")
    private Employee requester;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private Employee assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Priority priority;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "requested_due")
    private LocalDate requestedDue;

    /** The key of the submission that logged it (see {@code platform.persistence.OnceOnly}), if it carried one. */
    @Column(name = "submission_key", length = 64, updatable = false)
    private String submissionKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private RequestStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "last_event_at", nullable = false)
    private Instant lastEventAt;

    @Column(name = "resolution_due")
    private Instant resolutionDue;

    @Column(name = "resolution_warn_at")
    private Instant resolutionWarnAt;

    @Column(name = "watch_at")
    private Instant watchAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "handed_from_id")
    private PeerRequest handedFrom;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("occurredAt, id")
    private List<RequestEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("raisedAt, id")
    private List<Escalation> escalations = new ArrayList<>();

    @Embedded
    private ReportFigures figures = new ReportFigures();

    /**
     * One outcome per clock, without order. A list, not a set: EclipseLink sees a set of embeddables as changed at
     * every flush and raises the request's version each time, even when only read (eclipse-ee4j/eclipselink#1217, #1384).
     */
    @ElementCollection
    @CollectionTable(name = "request_clock", joinColumns = @JoinColumn(name = "request_id"))
    private List<ClockOutcome> clockOutcomes = new ArrayList<>();

    @Column(name = "figures_version", nullable = false)
    private int figuresVersion;

    @Column(name = "figures_changed_at")
    private Instant figuresChangedAt;

    @Version
    private long version;

    protected PeerRequest() {
        // for JPA
    }

    /** Logs a request: the requester works in the consuming department of an active agreement version. */
    public PeerRequest(AgreementVersion agreementVersion, OfferedService service, Employee requester, Priority priority,
                       String title, String description, LocalDate requestedDue, Instant at) {
        if (agreementVersion.getStatus() != VersionStatus.ACTIVE) {
            throw new RuleViolation("agreement", "request.agreement.notActive");
        }
        if (!agreementVersion.getServices().contains(service)) {
            throw new RuleViolation("service", "request.service.notOffered");
        }
        this.consumer = agreementVersion.getAgreement().getConsumer();
        this.provider = agreementVersion.getAgreement().getProvider();
        if (!(consumer instanceof Department department) || !department.equals(requester.getDepartment())) {
            throw new RuleViolation("agreement", "request.requester.notConsumer");
        }
        this.agreementVersion = agreementVersion;
        this.service = service;
        this.requester = requester;
        this.priority = Objects.requireNonNull(priority, "priority");
        this.title = RequiredText.of(title, 200, "title");
        this.description = RequiredText.of(description, 4000, "description");
        this.requestedDue = requestedDue;
        this.status = RequestStatus.NEW;
        this.submittedAt = at;
        record(Kind.SUBMITTED, requester, null, at, priority, null);
    }

    /** Keeps the key of the submission that logged it, so that submitting the same form again finds this request. */
    public void keepSubmissionKey(String key) {
        this.submissionKey = key;
    }

    // --- the provider's acts -------------------------------------------------------------------------

    public void assignTo(Employee by, Employee newAssignee, Instant at) {
        requireProviderStaff(by);
        requireNotFinal();
        if (newAssignee == null || !isProviderStaff(newAssignee) || !newAssignee.isActive()) {
            throw new RuleViolation("assignee", "request.assignee.notProvider");
        }
        assignee = newAssignee;
        record(Kind.ASSIGNED, by, newAssignee, at, null, newAssignee.getFullName());
    }

    public void acknowledge(Employee by, Instant at) {
        requireProviderStaff(by);
        requireStatus(EnumSet.of(RequestStatus.NEW));
        takeIfUnassigned(by);
        move(RequestStatus.IN_PROGRESS, Kind.ACKNOWLEDGED, by, at, null);
    }

    public void askRequester(Employee by, String question, Instant at) {
        requireProviderStaff(by);
        requireStatus(EnumSet.of(RequestStatus.NEW, RequestStatus.IN_PROGRESS));
        takeIfUnassigned(by);
        move(RequestStatus.WAITING_ON_REQUESTER, Kind.QUESTION_ASKED, by, at, RequiredText.of(question, 4000, "comment"));
    }

    /** On the first response only: the request arrived incomplete; what was missing is asked for at once. */
    public void flagIncomplete(Employee by, String whatIsMissing, Instant at) {
        requireProviderStaff(by);
        if (status != RequestStatus.NEW) {
            throw RuleViolation.ofForm("request.incomplete.firstResponseOnly");
        }
        takeIfUnassigned(by);
        String missing = RequiredText.of(whatIsMissing, 4000, "comment");
        record(Kind.FLAGGED_INCOMPLETE, by, null, at, null, missing);
        move(RequestStatus.WAITING_ON_REQUESTER, Kind.QUESTION_ASKED, by, at, missing);
    }

    /** Whoever resolves a request nobody had taken takes it: they are the one the requester rates. */
    public void resolve(Employee by, String resolutionNote, Instant at) {
        requireProviderStaff(by);
        requireStatus(WITH_PROVIDER);
        takeIfUnassigned(by);
        move(RequestStatus.RESOLVED, Kind.RESOLVED, by, at, RequiredText.of(resolutionNote, 4000, "comment"));
    }

    public void decline(Employee by, String reason, Instant at) {
        requireProviderStaff(by);
        requireStatus(WITH_PROVIDER);
        move(RequestStatus.DECLINED, Kind.DECLINED, by, at, RequiredText.of(reason, 4000, "comment"));
    }

    /**
     * Hands the request on to another department that serves the same consumer: this request ends
     * (HANDED_OFF, its provider clocks stop) and a new one starts there, for the same requester, from now.
     */
    public PeerRequest handOff(Employee by, AgreementVersion target, OfferedService targetService, String reason, Instant at) {
        requireProviderStaff(by);
        requireStatus(WITH_PROVIDER);
        if (!target.getAgreement().getConsumer().equals(consumer) || target.getAgreement().getProvider().equals(provider)) {
            throw new RuleViolation("handOffTarget", "request.handOff.target");
        }
        String why = RequiredText.of(reason, 3000, "comment");
        PeerRequest next = new PeerRequest(target, targetService, requester, priority, title, description, requestedDue, at);
        next.handedFrom = this;
        move(RequestStatus.HANDED_OFF, Kind.HANDED_OFF, by, at, why + " → " + target.getAgreement().getProvider().getName());
        return next;
    }

    // --- the requester's acts ------------------------------------------------------------------------

    public void answer(Employee by, String answer, Instant at) {
        requireRequester(by);
        requireStatus(EnumSet.of(RequestStatus.WAITING_ON_REQUESTER));
        move(RequestStatus.IN_PROGRESS, Kind.ANSWERED, by, at, RequiredText.of(answer, 4000, "comment"));
    }

    public void confirm(Employee by, Instant at) {
        confirm(by, null, at);
    }

    /** Confirms with a word of thanks or a remark, which the timeline keeps (none is needed). */
    public void confirm(Employee by, String comment, Instant at) {
        requireRequester(by);
        requireStatus(EnumSet.of(RequestStatus.RESOLVED));
        move(RequestStatus.CLOSED, Kind.CONFIRMED, by, at, comment == null || comment.isBlank() ? null : RequiredText.of(comment, 4000, "comment"));
    }

    /** Within the agreed days after resolution (counted in the requester's zone), with a reason. */
    public void reopen(Employee by, String reason, Instant at, ZoneId zone) {
        requireRequester(by);
        requireStatus(EnumSet.of(RequestStatus.RESOLVED));
        LocalDate lastDay = lastResolution().atZone(zone).toLocalDate().plusDays(agreementVersion.getAutoCloseDays());
        if (at.atZone(zone).toLocalDate().isAfter(lastDay)) {
            throw RuleViolation.ofForm("request.reopen.tooLate", agreementVersion.getAutoCloseDays());
        }
        move(RequestStatus.IN_PROGRESS, Kind.REOPENED, by, at, RequiredText.of(reason, 4000, "comment"));
    }

    /** Either side changes the priority; the clocks take the new targets and keep the time already run. */
    public void changePriority(Employee by, Priority newPriority, Instant at) {
        if (!isRequester(by) && !isProviderStaff(by)) {
            throw RuleViolation.ofForm("request.notParty");
        }
        requireNotFinal();
        if (newPriority == null || newPriority == priority) {
            throw new RuleViolation("priority", "request.priority.same");
        }
        priority = newPriority;
        record(Kind.PRIORITY_CHANGED, by, null, at, newPriority, newPriority.name());
    }

    public void cancel(Employee by, String reason, Instant at) {
        requireRequester(by);
        requireStatus(WITH_PROVIDER);
        move(RequestStatus.CANCELLED, Kind.CANCELLED, by, at, reason == null || reason.isBlank() ? null : RequiredText.of(reason, 4000, "comment"));
    }

    // --- escalation ----------------------------------------------------------------------------------

    /** "Ask for the supervisor": the requester escalates to whoever has the request's supervisor, or the provider's head. */
    public Escalation escalateByRequester(Employee by, String reason, Instant at) {
        requireRequester(by);
        requireNotFinal();
        return escalate(Side.PROVIDER, Escalation.Level.SUPERVISOR, Escalation.Cause.BY_HAND,
                Message.literal(RequiredText.of(reason, 2000, "comment")), by, at);
    }

    /** The provider escalates the requester's failing (a consumer breach) to the requester's supervisor. */
    public Escalation escalateConsumerBreach(Employee by, String reason, Instant at) {
        requireProviderStaff(by);
        requireNotFinal();
        return escalate(Side.CONSUMER, Escalation.Level.SUPERVISOR, Escalation.Cause.BY_HAND,
                Message.literal(RequiredText.of(reason, 2000, "comment")), by, at);
    }

    /** An escalation the watcher raises on a provider breach: to the supervisor at the breach, to the head later. */
    public Escalation escalateProviderBreach(Escalation.Level level, Message reason, Instant at) {
        return escalate(Side.PROVIDER, level, level == Escalation.Level.HEAD ? Escalation.Cause.DELAY : Escalation.Cause.BREACH,
                reason, null, at);
    }

    private Escalation escalate(Side breached, Escalation.Level level, Escalation.Cause cause, Message reason, Employee by,
                                Instant at) {
        Employee target = escalationTarget(breached, level);
        if (target == null) {
            throw RuleViolation.ofForm("escalation.nobody");
        }
        Escalation escalation = new Escalation(this, breached, level, cause, reason, by, at, target);
        escalations.add(escalation);
        return escalation;
    }

    /**
     * Who an escalation goes to. A provider breach goes to the supervisor of whoever has the request (the
     * provider's head when nobody has it), then to the provider's head; a consumer breach to the requester's
     * supervisor, then to the consumer's head.
     */
    public Employee escalationTarget(Side breached, Escalation.Level level) {
        Employee person = breached == Side.PROVIDER ? assignee : requester;
        Party party = breached == Side.PROVIDER ? provider : consumer;
        Employee head = party instanceof Department department ? department.getHead() : null;
        if (level == Escalation.Level.SUPERVISOR && person != null && person.getSupervisor() != null) {
            return person.getSupervisor();
        }
        return head;
    }

    /** The confirmation window has passed: the portal closes the request (a consumer breach of confirmation). */
    public void autoClose(Instant at) {
        requireStatus(EnumSet.of(RequestStatus.RESOLVED));
        move(RequestStatus.CLOSED, Kind.AUTO_CLOSED, null, at, null);
    }

    /** When the request may be closed automatically: the agreed days after its last resolution. */
    public Instant autoCloseAfter() {
        return lastResolution().plus(Duration.ofDays(agreementVersion.getAutoCloseDays()));
    }

    // --- rules ---------------------------------------------------------------------------------------

    /** Someone of the providing department. */
    public boolean isProviderStaff(Employee employee) {
        return provider instanceof Department department && department.equals(employee.getDepartment());
    }

    public boolean isRequester(Employee employee) {
        return requester.equals(employee);
    }

    /** Whether the employee may see the request: either side's department, or someone it was escalated to. */
    public boolean isVisibleTo(Employee employee) {
        return isProviderStaff(employee) || consumer.equals(employee.getDepartment())
                || escalations.stream().anyMatch(escalation -> escalation.getEscalatedTo().equals(employee));
    }

    /** Refuses the employee unless they may see the request ({@link #isVisibleTo}). */
    public void requireVisibleTo(Employee employee) {
        if (!isVisibleTo(employee)) {
            throw RuleViolation.ofForm("request.notVisible");
        }
    }

    private void requireProviderStaff(Employee by) {
        if (!isProviderStaff(by)) {
            throw RuleViolation.ofForm("request.notProvider");
        }
    }

    private void requireRequester(Employee by) {
        if (!isRequester(by)) {
            throw RuleViolation.ofForm("request.notRequester");
        }
    }

    private void requireNotFinal() {
        if (status.isFinal()) {
            throw RuleViolation.ofForm("request.final", status.label());
        }
    }

    private void requireStatus(Set<RequestStatus> allowed) {
        requireNotFinal();
        if (!allowed.contains(status)) {
            throw RuleViolation.ofForm("request.wrongStatus", status.label());
        }
    }

    private void takeIfUnassigned(Employee by) {
        if (assignee == null) {
            assignee = by;
        }
    }

    private void move(RequestStatus target, Kind kind, Employee by, Instant at, String comment) {
        status = target;
        record(kind, by, null, at, null, comment);
    }

    private void record(Kind kind, Employee by, Employee subject, Instant at, Priority newPriority, String comment) {
        if (at.isBefore(lastEventAt == null ? at : lastEventAt)) {
            throw RuleViolation.ofForm("request.event.order");
        }
        events.add(new RequestEvent(this, kind, by, subject, at, newPriority, comment));
        lastEventAt = at;
    }


    /** When it was last resolved, or its last event if it never was. */
    Instant lastResolution() {
        return events.stream().filter(e -> e.getKind() == Kind.RESOLVED).reduce((a, b) -> b)
                .map(RequestEvent::getOccurredAt).orElse(lastEventAt);
    }

    // --- reading -------------------------------------------------------------------------------------

    /** The event log as the clocks read it. */
    public List<TimelineEvent> timeline() {
        return events.stream().map(e -> e.toTimeline(requestedDue)).toList();
    }

    /**
     * Recounts what the reports count of this request — its {@link ReportFigures}, from the log, and its clocks'
     * outcomes, rewritten only when one has changed — and notes which definition of the figures ({@code version})
     * it now follows. True when what the reports count changed.
     */
    public boolean recountFigures(List<ClockReading> readings, ZoneId providerZone, int version) {
        figuresVersion = version;
        ReportFigures counted = ReportFigures.countedFrom(this, providerZone);
        Set<ClockOutcome> outcomes = new HashSet<>();
        readings.forEach(reading -> outcomes.add(ClockOutcome.of(reading)));
        boolean outcomesChanged = !outcomes.equals(new HashSet<>(clockOutcomes));
        if (counted.equals(figures) && !outcomesChanged) {
            return false;
        }
        figures = counted;
        if (outcomesChanged) {
            clockOutcomes.clear();
            clockOutcomes.addAll(outcomes);
        }
        return true;
    }

    /** Notes that the request's report figures changed, so the reports recompute its tie and month. */
    public void markFiguresChanged(Instant at) {
        figuresChangedAt = at;
    }

    /** What the reports count of it, as last counted. */
    public ReportFigures getFigures() {
        return figures;
    }

    /**
     * Keeps when the resolution clock is due and when it reaches 75 %, as the clocks computed them, so queues
     * sort and filter by them in the database. Always recomputable from the log.
     */
    public void cacheResolutionClock(Instant due, Instant warnAt) {
        this.resolutionDue = due;
        this.resolutionWarnAt = warnAt;
    }

    /**
     * When the watcher must look at the request next (a warning, a breach, an escalation to the head or the
     * automatic close comes due then); null when nothing will. Always recomputable from the log.
     */
    public void watchAgainAt(Instant at) {
        this.watchAt = at;
    }

    public Instant getWatchAt() {
        return watchAt;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return id == null ? "" : "REQ-" + id;
    }

    public AgreementVersion getAgreementVersion() {
        return agreementVersion;
    }

    public OfferedService getService() {
        return service;
    }

    public Party getProvider() {
        return provider;
    }

    public Party getConsumer() {
        return consumer;
    }

    public Employee getRequester() {
        return requester;
    }

    public Employee getAssignee() {
        return assignee;
    }

    public Priority getPriority() {
        return priority;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getRequestedDue() {
        return requestedDue;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getResolutionDue() {
        return resolutionDue;
    }

    public List<RequestEvent> getEvents() {
        return List.copyOf(events);
    }

    public PeerRequest getHandedFrom() {
        return handedFrom;
    }

    public List<Escalation> getEscalations() {
        return List.copyOf(escalations);
    }

    public long getVersion() {
        return version;
    }
}
