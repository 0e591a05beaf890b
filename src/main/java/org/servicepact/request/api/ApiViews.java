package org.servicepact.request.api;

import org.servicepact.request.application.RequestRow;
import org.servicepact.request.domain.ClockCycles;
import org.servicepact.request.domain.ClockReading;
import org.servicepact.request.domain.PeerRequest;
import org.servicepact.request.domain.RequestEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** What the API reads and writes, as JSON: plain records, no entity leaves the server. */
public final class ApiViews {

    private ApiViews() {
    }

    /** A request to log now. */
    public record NewRequest(Long agreementVersionId, Long serviceId, String priority, String title, String description,
                             LocalDate requestedDue) {
    }

    /**
     * An act on a request, as its page offers it: {@code act} one of {@link org.servicepact.request.application.Requests.Act}
     * ("ANSWER", "RESOLVE", …), "CHANGE_PRIORITY" or "HAND_OFF", {@code text} what the act says (a question, an
     * answer, a resolution, why it is handed off; required where the page requires it), {@code assignee} whom TAKE
     * gives the request to (a username; the caller when left out), {@code priority} the one CHANGE_PRIORITY sets
     * (P1–P4), {@code serviceId} the service HAND_OFF hands it to (from {@code /requests/{id}/hand-off-targets}), and
     * {@code version} the request's version as the caller last read it.
     */
    public record Act(String act, String text, String assignee, String priority, Long serviceId, Long version) {
    }

    /**
     * The acknowledgement of an escalation by the person it went to: {@code text}, what they will do about it, and
     * {@code version}, the escalation's as the caller last read it.
     */
    public record Acknowledgement(String text, Long version) {
    }

    /**
     * A named person asked to step in: to whom ({@code escalatedTo}, a username) at which {@code level} (SUPERVISOR,
     * HEAD), about which side's failing ({@code breachedSide}), why ({@code reason}), raised when and by whom (none
     * when the watcher raised it at a breach), and their acknowledgement once given. {@code version} changes when it
     * is acknowledged.
     */
    public record Escalation(Long id, long version, String escalatedTo, String level, String breachedSide, String reason,
                             Instant raisedAt, String raisedBy, Instant acknowledgedAt, String acknowledgement) {
        static Escalation of(org.servicepact.request.domain.Escalation escalation, Locale language) {
            return new Escalation(escalation.getId(), escalation.getVersion(), escalation.getEscalatedTo().getUsername(),
                    escalation.getLevel().name(), escalation.getBreachedSide().name(), escalation.getReason().render(language),
                    escalation.getRaisedAt(), escalation.getRaisedBy() == null ? null : escalation.getRaisedBy().getUsername(),
                    escalation.getAcknowledgedAt(), escalation.getAcknowledgement());
        }
    }

    /** One clock; {@code due} is null when its calendar has no working time left (it cannot come due). */
    public record Clock(String measure, String owedBy, int cycle, Instant started, Instant stopped, Instant due,
                       long elapsedMinutes, long allowedMinutes, long pausedMinutes, String state) {
        static Clock of(ClockReading reading) {
            return new Clock(reading.measure().name(), reading.owedBy().name(), reading.cycle(), reading.started(),
                    reading.stopped(), reading.due(), reading.elapsed().toMinutes(), reading.allowed().toMinutes(),
                    reading.paused().toMinutes(), reading.state().name());
        }
    }

    public record Event(String kind, Instant at, String actor, String comment) {
        static Event of(RequestEvent event) {
            return new Event(event.getKind().name(), event.getOccurredAt(),
                    event.getActor() == null ? null : event.getActor().getUsername(), event.getComment());
        }
    }

    /**
     * A request with its newest clocks and events: of each measure its newest cycles and any still running
     * ({@link ClockCycles}), and the newest {@value #NEWEST_EVENTS} events, oldest of them first. {@code clockCount} and
     * {@code eventCount} say how many it has in all; {@code /requests/{id}/clocks} and {@code /requests/{id}/events}
     * page through them (a request of 500 questions has 500 clarification clocks). {@code version} changes with every act
     * on it; an act names the version it was decided on ({@link Act}). Its {@code escalations}, oldest first.
     */
    public record Request(Long id, long version, String number, String title, String status, String priority, String provider,
                          String consumer, String requester, String assignee, Instant submittedAt, Long agreementVersionId,
                          Long serviceId, int clockCount, List<Clock> clocks, int eventCount, List<Event> events,
                          List<Escalation> escalations) {

        public static final int NEWEST_EVENTS = 50;

        static Request of(PeerRequest request, List<ClockReading> clocks, Locale language) {
            List<RequestEvent> events = request.getEvents();
            return new Request(request.getId(), request.getVersion(), request.getNumber(), request.getTitle(), request.getStatus().name(),
                    request.getPriority().name(), request.getProvider().getName(), request.getConsumer().getName(),
                    request.getRequester().getUsername(),
                    request.getAssignee() == null ? null : request.getAssignee().getUsername(), request.getSubmittedAt(),
                    request.getAgreementVersion().getId(), request.getService().getId(),
                    clocks.size(), ClockCycles.newest(clocks).stream().map(Clock::of).toList(),
                    events.size(), events.subList(Math.max(0, events.size() - NEWEST_EVENTS), events.size()).stream()
                            .map(Event::of).toList(),
                    request.getEscalations().stream().map(escalation -> Escalation.of(escalation, language)).toList());
        }
    }

    /** One line of a list of requests: what the list pages show, named as the API has always named it. */
    public record RequestLine(Long id, String number, String title, String providerName, String consumerName, String requesterName,
                              String assigneeName, String priority, String status, Instant submittedAt, Instant resolutionDue) {
        static RequestLine of(RequestRow row) {
            return new RequestLine(row.id(), row.getNumber(), row.title(), row.providerName(), row.consumerName(), row.requesterName(),
                    row.assigneeName(), row.priority().name(), row.status().name(), row.submittedAt(), row.resolutionDue());
        }
    }

    /** An agreement my department may ask under, with its services: the ids a new request needs. */
    public record AskableAgreement(Long agreementVersionId, String label, List<Service> services) {
    }

    public record Service(Long id, String name) {
    }

    /** What went wrong with a call: the field it concerns (when there is one) and a sentence. */
    public record Problem(String field, String message) {
    }
}
