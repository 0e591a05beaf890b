package org.servicepact.feedback.domain;

import org.junit.jupiter.api.Test;
import org.servicepact.organisation.domain.Department;
import org.servicepact.organisation.domain.Employee;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.domain.RequestFixture;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where letters go, who reads them when, and how they are handled. */
class LetterTest {

    private static final Instant T0 = RequestFixture.T0;
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private final RequestFixture fixture = new RequestFixture();
    private final Department board = new Department("BRD", "Board");
    private final Employee cio = RequestFixture.employee("cio", board);

    LetterTest() {
        board.appointHead(cio);
        fixture.priya.reportTo(fixture.marco);
        fixture.marco.reportTo(cio);
    }

    private Letter complaintAboutPriya() {
        return Letter.aboutPerson(Letter.Kind.COMPLAINT, fixture.lena, fixture.priya, null, "Slow", "Took a week", T0, ZONE);
    }

    @Test
    void aLetterAboutAPersonGoesToTheirSupervisorAndAboutADepartmentToItsHead() {
        assertEquals(fixture.marco, LetterRouting.addresseeFor(fixture.lena, fixture.priya));
        assertEquals(fixture.marco, LetterRouting.addresseeFor(fixture.lena, fixture.it));
    }

    @Test
    void nobodyReceivesALetterTheyWroteOrOneAboutThemselves() {
        assertEquals(cio, LetterRouting.addresseeFor(fixture.lena, fixture.marco), "about the head: to the head's supervisor");
        assertEquals(cio, LetterRouting.addresseeFor(fixture.marco, fixture.priya), "the supervisor writes: one step up");
        assertEquals(cio, LetterRouting.addresseeFor(fixture.marco, fixture.it), "the head writes about their department");
        assertEquals("letter.aboutYourself", assertThrows(RuleViolation.class,
                () -> LetterRouting.addresseeFor(fixture.lena, fixture.lena)).messageKey());
        assertEquals("letter.nobodyAbove", assertThrows(RuleViolation.class,
                () -> LetterRouting.addresseeFor(fixture.lena, cio)).messageKey(), "the top heads their own department and has no supervisor");
        Department headless = new Department("NEW", "New team");
        assertEquals("letter.nobodyAbove", assertThrows(RuleViolation.class,
                () -> LetterRouting.addresseeFor(fixture.lena, headless)).messageKey());
    }

    @Test
    void theSubjectSeesAComplimentAtOnceAndAComplaintOnceAcknowledged() {
        Letter compliment = Letter.aboutPerson(Letter.Kind.COMPLIMENT, fixture.lena, fixture.priya, null, "Thanks", "Great", T0, ZONE);
        assertTrue(compliment.isReadableBy(fixture.priya));
        Letter complaint = complaintAboutPriya();
        assertFalse(complaint.isReadableBy(fixture.priya));
        assertTrue(complaint.isReadableBy(fixture.marco), "the addressee");
        assertTrue(complaint.isReadableBy(fixture.lena), "the author");
        assertFalse(complaint.isReadableBy(fixture.oliver), "a colleague of the author");
        complaint.acknowledge(fixture.marco, "Looking into it", T0.plusSeconds(60));
        assertTrue(complaint.isReadableBy(fixture.priya));
    }

    @Test
    void aComplaintIsAcknowledgedThenAnsweredAndClosedWithAnOutcome() {
        Letter complaint = complaintAboutPriya();
        assertEquals("letter.notYours", assertThrows(RuleViolation.class,
                () -> complaint.acknowledge(fixture.priya, "Not me", T0)).messageKey());
        assertEquals("letter.notToClose", assertThrows(RuleViolation.class,
                () -> complaint.close(fixture.marco, "Done", Letter.Outcome.UPHELD, T0)).messageKey());
        complaint.acknowledge(fixture.marco, "Looking into it", T0.plusSeconds(60));
        assertEquals(Letter.Status.ACKNOWLEDGED, complaint.getStatus());
        assertEquals("outcome", assertThrows(RuleViolation.class,
                () -> complaint.close(fixture.marco, "Done", null, T0)).field());
        complaint.close(fixture.marco, "We changed the rota", Letter.Outcome.PARTLY_UPHELD, T0.plusSeconds(120));
        assertEquals(Letter.Status.CLOSED, complaint.getStatus());
        assertEquals(Letter.Outcome.PARTLY_UPHELD, complaint.getOutcome());
    }

    @Test
    void anAcknowledgedComplimentIsDoneAndTheMonthFollowsTheOrganisationsZone() {
        Letter compliment = Letter.aboutDepartment(Letter.Kind.COMPLIMENT, fixture.lena, fixture.it, null, "Thanks", "Great",
                Instant.parse("2026-11-30T23:30:00Z"), ZONE);
        compliment.acknowledge(fixture.marco, "Passed on", T0);
        assertEquals(Letter.Status.CLOSED, compliment.getStatus());
        assertEquals("acknowledgement", assertThrows(RuleViolation.class,
                () -> complaintAboutPriya().acknowledge(fixture.marco, " ", T0)).field());
    }
}
