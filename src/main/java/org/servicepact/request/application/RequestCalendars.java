package org.servicepact.request.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.servicepact.agreement.domain.AgreementVersion;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.calendar.application.Calendars;
import org.servicepact.calendar.domain.BusinessCalendar;
import org.servicepact.calendar.domain.BusinessSchedule;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Party;
import org.servicepact.request.domain.ClockReading;
import org.servicepact.request.domain.ClockTerms;
import org.servicepact.request.domain.PeerRequest;
import org.servicepact.request.domain.RequestClocks;
import org.servicepact.request.domain.TimelineEvent;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The business calendar each side of an agreement keeps time by (the one place that decides it), and a request's
 * clocks read with those calendars.
 */
@ApplicationScoped
public class RequestCalendars {

    @Inject
    Calendars calendars;

    /** The clocks as they stood (or will stand) at {@code now}. */
    public List<ClockReading> clocksAt(PeerRequest request, Instant now) {
        AgreementVersion version = request.getAgreementVersion();
        OrganisationDefault organisationDefault = new OrganisationDefault();
        return RequestClocks.read(request.timeline(), ClockTerms.of(version), provider(version, organisationDefault),
                consumer(version, organisationDefault), now);
    }

    /** The clocks a request would have if it were submitted at {@code now}. */
    public List<ClockReading> ifSubmittedAt(AgreementVersion version, Priority priority, LocalDate requestedDue, Instant now) {
        OrganisationDefault organisationDefault = new OrganisationDefault();
        return RequestClocks.read(List.of(TimelineEvent.submitted(now, priority, requestedDue)), ClockTerms.of(version),
                provider(version, organisationDefault), consumer(version, organisationDefault), now);
    }

    /** When a provider breach of a clock due at {@code due} goes on to the provider's head: the agreed delay later, in the provider's business time. */
    public Instant headEscalationAt(AgreementVersion version, Instant due) {
        return provider(version).addBusinessTime(due, Duration.ofHours(version.getEscalationDelayHours()));
    }

    public BusinessSchedule provider(AgreementVersion version) {
        return provider(version, new OrganisationDefault());
    }

    public BusinessSchedule consumer(AgreementVersion version) {
        return consumer(version, new OrganisationDefault());
    }

    private BusinessSchedule provider(AgreementVersion version, OrganisationDefault organisationDefault) {
        return of(version.getProviderCalendar(), version.getAgreement().getProvider(), organisationDefault);
    }

    private BusinessSchedule consumer(AgreementVersion version, OrganisationDefault organisationDefault) {
        return of(version.getConsumerCalendar(), version.getAgreement().getConsumer(), organisationDefault);
    }

    /** The version's choice for that side, else the department's own calendar, else the organisation's default. */
    private BusinessSchedule of(BusinessCalendar chosen, Party party, OrganisationDefault organisationDefault) {
        if (chosen != null) {
            return calendars.schedule(chosen);
        }
        if (party instanceof Department department && department.getCalendar() != null) {
            return calendars.schedule(department.getCalendar());
        }
        return organisationDefault.get();
    }

    /** The organisation's default calendar, read at most once for both sides of a reading (each may fall back to it). */
    private final class OrganisationDefault {
        private BusinessSchedule schedule;

        BusinessSchedule get() {
            if (schedule == null) {
                schedule = calendars.schedule(calendars.organisationDefault()
                        .orElseThrow(() -> new IllegalStateException("No default calendar")));
            }
            return schedule;
        }
    }
}
