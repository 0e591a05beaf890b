package org.servicepact.request.application;

import org.junit.jupiter.api.Test;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.request.domain.RequestStatus;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RequestRowTest {

    private static final Instant WARN = Instant.parse("2026-11-23T12:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-23T16:00:00Z");

    private static RequestRow row(RequestStatus status) {
        return new RequestRow(1L, "Printer", "IT", "Finance", "Lena Fischer", null, Priority.P3, status,
                Instant.parse("2026-11-23T08:00:00Z"), DUE, WARN);
    }

    @Test
    void anOpenRequestIsMarkedAtRiskFromItsWarningAndOverdueFromItsDueTime() {
        assertNull(row(RequestStatus.IN_PROGRESS).urgencyAt(WARN.minusSeconds(1)));
        assertEquals(RequestRow.Urgency.AT_RISK, row(RequestStatus.IN_PROGRESS).urgencyAt(WARN));
        assertEquals(RequestRow.Urgency.OVERDUE, row(RequestStatus.WAITING_ON_REQUESTER).urgencyAt(DUE));
    }

    @Test
    void aRequestNoLongerOpenCarriesNoCue() {
        assertNull(row(RequestStatus.CLOSED).urgencyAt(DUE.plusSeconds(3600)));
        assertNull(row(RequestStatus.RESOLVED).urgencyAt(DUE.plusSeconds(3600)));
    }

    @Test
    void aRowReadAtAMomentCarriesItsCueThenAndKeepsEverythingElse() {
        RequestRow listed = row(RequestStatus.IN_PROGRESS);
        assertNull(listed.urgency(), "the query's row has no cue yet");
        RequestRow read = listed.readAt(DUE);
        assertEquals(RequestRow.Urgency.OVERDUE, read.urgency());
        assertEquals(listed, new RequestRow(read.id(), read.title(), read.providerName(), read.consumerName(),
                read.requesterName(), read.assigneeName(), read.priority(), read.status(), read.submittedAt(),
                read.resolutionDue(), read.resolutionWarnAt()));
    }
}
