package org.servicepact.request.domain;

import org.junit.jupiter.api.Test;
import org.servicepact.agreement.domain.Measure;
import org.servicepact.agreement.domain.Priority;
import org.servicepact.agreement.domain.Side;
import org.servicepact.calendar.domain.BusinessSchedule;
import org.servicepact.request.domain.ClockReading.State;
import org.servicepact.request.domain.TimelineEvent.Kind;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clocks of a request, read from its event log (shared/DOMAIN.md, "Measured commitments"). */
class RequestClocksTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final BusinessSchedule OFFICE = BusinessSchedule.builder(BERLIN)
            .weekdays(LocalTime.of(8, 0), LocalTime.of(17, 0))
            .holiday(LocalDate.of(2026, 12, 25))
            .build();

    static Instant at(String localDateTime) {
        return at(BERLIN, localDateTime);
    }

    static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    static TimelineEvent event(Kind kind, String when) {
        return TimelineEvent.of(kind, at(when));
    }

    static ClockReading clock(List<ClockReading> clocks, Measure measure, int cycle) {
        return clocks.stream().filter(c -> c.measure() == measure && c.cycle() == cycle).findFirst()
                .orElseThrow(() -> new AssertionError("No " + measure + " cycle " + cycle + " in " + clocks));
    }

    private static List<ClockReading> read(ClockTerms terms, String now, TimelineEvent... log) {
        return RequestClocks.read(List.of(log), terms, OFFICE, OFFICE, at(now));
    }

    @Test
    void workedExampleThree_waitingOnTheRequesterPushesTheResolutionDue() {
        ClockTerms terms = ClockTerms.builder().measure(Measure.RESOLUTION, Target.hours(2))
                .measure(Measure.CLARIFICATION, Target.hours(4)).build();

        List<ClockReading> clocks = read(terms, "2026-11-23T11:00",
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P2, null),
                event(Kind.QUESTION_ASKED, "2026-11-23T09:00"),
                event(Kind.ANSWERED, "2026-11-23T10:05"));

        ClockReading resolution = clock(clocks, Measure.RESOLUTION, 1);
        assertEquals(at("2026-11-23T11:05"), resolution.due());
        assertEquals(Duration.ofMinutes(115), resolution.elapsed());
        assertEquals(State.AT_RISK, resolution.state());
        assertEquals(at("2026-11-23T10:35"), resolution.warnAt(), "75 % of 2 h is 90 min of running time: 60 before the question, 30 after");
        assertEquals(Duration.ofMinutes(65), resolution.paused(), "the business time it spent waiting on the requester");
        ClockReading clarification = clock(clocks, Measure.CLARIFICATION, 1);
        assertEquals(Duration.ofMinutes(65), clarification.elapsed());
        assertEquals(Side.CONSUMER, clarification.owedBy());
        assertEquals(State.MET, clarification.state());
    }

    @Test
    void theFirstResponseClockStopsAtTheFirstResponseAndNeverPauses() {
        ClockTerms terms = ClockTerms.builder().measure(Measure.FIRST_RESPONSE, Target.hours(1)).build();

        ClockReading late = clock(read(terms, "2026-11-23T12:00",
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P1, null),
                event(Kind.QUESTION_ASKED, "2026-11-23T09:30")), Measure.FIRST_RESPONSE, 1);
        assertEquals(at("2026-11-23T09:30"), late.stopped());
        assertEquals(State.BREACHED, late.state());

        ClockReading running = clock(read(terms, "2026-11-23T08:40",
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P1, null)), Measure.FIRST_RESPONSE, 1);
        assertNull(running.stopped());
        assertEquals(State.RUNNING, running.state());
        assertEquals(State.AT_RISK, clock(read(terms, "2026-11-23T08:46",
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P1, null)), Measure.FIRST_RESPONSE, 1).state());
    }

    @Test
    void aPauseAcrossAWeekendAndAHolidayCountsOnlyBusinessTime() {
        ClockTerms terms = ClockTerms.builder().measure(Measure.RESOLUTION, Target.hours(8)).build();

        ClockReading resolution = clock(read(terms, "2026-12-28T12:00",
                TimelineEvent.submitted(at("2026-12-24T09:00"), Priority.P3, null),
                event(Kind.QUESTION_ASKED, "2026-12-24T16:00"),
                event(Kind.ANSWERED, "2026-12-28T09:00"),
                event(Kind.RESOLVED, "2026-12-28T11:00")), Measure.RESOLUTION, 1);

        assertEquals(Duration.ofHours(9), resolution.elapsed(), "Thu 09-16 and Mon 09-11");
        assertEquals(at("2026-12-28T10:00"), resolution.due(),
                "8 h from Thu 09:00 is Thu 17:00, pushed by 2 h waiting (Thu 16-17 and Mon 08-09; Friday is a holiday)");
        assertEquals(State.BREACHED, resolution.state());
    }

    @Test
    void everyQuestionStartsAClarificationCycle() {
        ClockTerms terms = ClockTerms.builder().measure(Measure.CLARIFICATION, Target.hours(2)).build();

        List<ClockReading> clocks = read(terms, "2026-11-24T15:00",
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P2, null),
                event(Kind.QUESTION_ASKED, "2026-11-23T09:00"),
                event(Kind.ANSWERED, "2026-11-23T10:00"),
                event(Kind.QUESTION_ASKED, "2026-11-23T16:00"),
                event(Kind.ANSWERED, "2026-11-24T10:00"),
                event(Kind.QUESTION_ASKED, "2026-11-24T14:00"));

        assertEquals(State.MET, clock(clocks, Measure.CLARIFICATION, 1).state());
        assertEquals(Duration.ofHours(3), clock(clocks, Measure.CLARIFICATION, 2).elapsed());
        assertEquals(State.BREACHED, clock(clocks, Measure.CLARIFICATION, 2).state());
        assertEquals(State.RUNNING, clock(clocks, Measure.CLARIFICATION, 3).state());
    }

    @Test
    void questionsAskedBeforeAnAnswerAreCyclesOfTheirOwnThatTheAnswerStops() {
        ClockTerms terms = ClockTerms.builder().measure(Measure.CLARIFICATION, Target.hours(2)).build();

        List<ClockReading> clocks = read(terms, "2026-11-23T15:00",
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P2, null),
                event(Kind.QUESTION_ASKED, "2026-11-23T09:00"),
                event(Kind.QUESTION_ASKED, "2026-11-23T10:00"),
                event(Kind.ANSWERED, "2026-11-23T12:00"),
                event(Kind.QUESTION_ASKED, "2026-11-23T14:00"));

        assertEquals(Duration.ofHours(3), clock(clocks, Measure.CLARIFICATION, 1).elapsed());
        assertEquals(State.BREACHED, clock(clocks, Measure.CLARIFICATION, 1).state());
        assertEquals(Duration.ofHours(2), clock(clocks, Measure.CLARIFICATION, 2).elapsed());
        assertEquals(State.MET, clock(clocks, Measure.CLARIFICATION, 2).state(), "answered at its due instant");
        assertEquals(at("2026-11-23T14:00"), clock(clocks, Measure.CLARIFICATION, 3).started());
        assertEquals(State.RUNNING, clock(clocks, Measure.CLARIFICATION, 3).state());
        assertEquals(3, clocks.size());
    }

    @Test
    void aCycleAfterOneBreachedUnderAnEarlierPriorityStartsAfresh() {
        ClockTerms terms = ClockTerms.builder()
                .measure(Measure.CLARIFICATION, Priority.P1, Target.hours(1))
                .measure(Measure.CLARIFICATION, Priority.P3, Target.hours(8)).build();

        List<ClockReading> clocks = read(terms, "2026-11-23T16:00",
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P1, null),
                event(Kind.QUESTION_ASKED, "2026-11-23T09:00"),
                TimelineEvent.priorityChanged(at("2026-11-23T11:00"), Priority.P3),
                event(Kind.ANSWERED, "2026-11-23T11:30"),
                event(Kind.QUESTION_ASKED, "2026-11-23T13:00"),
                event(Kind.ANSWERED, "2026-11-23T14:00"));

        assertEquals(State.BREACHED, clock(clocks, Measure.CLARIFICATION, 1).state(), "due at 10:00 under P1, a breach that stands");
        assertEquals(at("2026-11-23T10:00"), clock(clocks, Measure.CLARIFICATION, 1).due());
        assertEquals(State.MET, clock(clocks, Measure.CLARIFICATION, 2).state());
        assertEquals(at("2026-11-24T12:00"), clock(clocks, Measure.CLARIFICATION, 2).due(), "8 business hours under P3");
        assertEquals(Duration.ofHours(1), clock(clocks, Measure.CLARIFICATION, 2).elapsed());
    }

    @Test
    void aReopenResumesTheResolutionClockWhereItStopped() {
        ClockTerms terms = ClockTerms.builder().measure(Measure.RESOLUTION, Target.hours(4)).build();

        ClockReading resolution = clock(read(terms, "2026-11-26T12:00",
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P2, null),
                event(Kind.RESOLVED, "2026-11-23T11:00"),
                event(Kind.REOPENED, "2026-11-25T09:00"),
                event(Kind.RESOLVED, "2026-11-25T10:30")), Measure.RESOLUTION, 1);

        assertEquals(Duration.ofMinutes(270), resolution.elapsed(), "3 h, then 1 h 30 after the reopen");
        assertEquals(State.BREACHED, resolution.state());
        assertEquals(at("2026-11-25T10:00"), resolution.due(), "the resolved days do not count");
    }

    @Test
    void aPriorityChangeRecomputesTheDueInstantAndKeepsTheElapsedTime() {
        ClockTerms terms = ClockTerms.builder()
                .measure(Measure.RESOLUTION, Priority.P3, Target.hours(16))
                .measure(Measure.RESOLUTION, Priority.P1, Target.hours(4)).build();

        ClockReading resolution = clock(read(terms, "2026-11-23T11:00",
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P3, null),
                TimelineEvent.priorityChanged(at("2026-11-23T10:00"), Priority.P1)), Measure.RESOLUTION, 1);

        assertEquals(at("2026-11-23T12:00"), resolution.due());
        assertEquals(Duration.ofHours(3), resolution.elapsed());
        assertEquals(State.AT_RISK, resolution.state());
    }

    @Test
    void aConsumerInAnotherTimeZoneIsMeasuredOnItsOwnCalendar() {
        BusinessSchedule newYork = BusinessSchedule.builder(NEW_YORK).weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();
        ClockTerms terms = ClockTerms.builder().measure(Measure.CLARIFICATION, Target.hours(2)).build();

        ClockReading clarification = clock(RequestClocks.read(List.of(
                        TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P2, null),
                        event(Kind.QUESTION_ASKED, "2026-11-23T14:00"),
                        TimelineEvent.of(Kind.ANSWERED, at(NEW_YORK, "2026-11-23T10:30"))),
                terms, OFFICE, newYork, at(NEW_YORK, "2026-11-23T12:00")), Measure.CLARIFICATION, 1);

        assertEquals(at(NEW_YORK, "2026-11-23T11:00"), clarification.due(), "the question came at 08:00 New York time");
        assertEquals(Duration.ofMinutes(90), clarification.elapsed());
        assertEquals(State.MET, clarification.state());
    }

    @Test
    void anAutomaticCloseBreachesTheConfirmation() {
        ClockTerms terms = ClockTerms.builder().measure(Measure.CONFIRMATION, Target.days(2)).build();

        List<ClockReading> clocks = read(terms, "2026-12-10T12:00",
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P2, null),
                event(Kind.RESOLVED, "2026-11-23T10:00"),
                event(Kind.REOPENED, "2026-11-24T09:00"),
                event(Kind.RESOLVED, "2026-11-24T12:00"),
                event(Kind.AUTO_CLOSED, "2026-12-01T00:00"));

        assertEquals(State.MET, clock(clocks, Measure.CONFIRMATION, 1).state(), "reopened the next morning");
        assertEquals(State.BREACHED, clock(clocks, Measure.CONFIRMATION, 2).state());
        assertEquals(at("2026-11-26T17:00"), clock(clocks, Measure.CONFIRMATION, 2).due());
    }

    @Test
    void advanceNoticeIsJudgedOnceAtSubmission() {
        ClockTerms terms = ClockTerms.builder().measure(Measure.ADVANCE_NOTICE, Target.days(3)).build();

        assertEquals(State.BREACHED, clock(read(terms, "2026-11-23T09:00",
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P3, LocalDate.of(2026, 11, 25))),
                Measure.ADVANCE_NOTICE, 1).state());
        assertEquals(State.MET, clock(read(terms, "2026-11-23T09:00",
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P3, LocalDate.of(2026, 11, 26))),
                Measure.ADVANCE_NOTICE, 1).state());
        assertTrue(read(terms, "2026-11-23T09:00", TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P3, null)).isEmpty(),
                "no requested date, nothing to judge");
    }

    @Test
    void anIncompleteRequestIsAConsumerBreach() {
        ClockTerms terms = ClockTerms.builder().flagged(Measure.COMPLETENESS).build();

        assertEquals(State.BREACHED, clock(read(terms, "2026-11-23T12:00",
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P3, null),
                event(Kind.FLAGGED_INCOMPLETE, "2026-11-23T09:00")), Measure.COMPLETENESS, 1).state());
        assertEquals(State.MET, clock(read(terms, "2026-11-23T12:00",
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P3, null),
                event(Kind.ACKNOWLEDGED, "2026-11-23T09:00")), Measure.COMPLETENESS, 1).state());
    }

    @Test
    void aClockStillRunningPastItsDueIsBreached() {
        ClockTerms terms = ClockTerms.builder().measure(Measure.RESOLUTION, Target.days(1)).build();

        ClockReading resolution = clock(read(terms, "2026-11-25T08:00",
                TimelineEvent.submitted(at("2026-11-20T18:00"), Priority.P4, null)), Measure.RESOLUTION, 1);

        assertEquals(at("2026-11-24T17:00"), resolution.due(), "worked example 4");
        assertEquals(State.BREACHED, resolution.state());
    }

    @Test
    void aStoppedClockKeepsTheTargetItStoppedUnder() {
        ClockTerms terms = ClockTerms.builder()
                .measure(Measure.RESOLUTION, Priority.P3, Target.hours(16))
                .measure(Measure.RESOLUTION, Priority.P1, Target.hours(1)).build();

        ClockReading resolution = clock(read(terms, "2026-11-23T12:00",
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P3, null),
                event(Kind.RESOLVED, "2026-11-23T10:00"),
                TimelineEvent.priorityChanged(at("2026-11-23T11:00"), Priority.P1)), Measure.RESOLUTION, 1);

        assertEquals(State.MET, resolution.state(), "raising the priority after the resolution breaches nothing");
        assertEquals(at("2026-11-24T15:00"), resolution.due());
    }

    @Test
    void aBreachOnceReachedStandsWhenThePriorityIsLowered() {
        ClockTerms terms = ClockTerms.builder()
                .measure(Measure.RESOLUTION, Priority.P1, Target.hours(1))
                .measure(Measure.RESOLUTION, Priority.P4, Target.hours(40)).build();

        ClockReading resolution = clock(read(terms, "2026-11-23T12:00",
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P1, null),
                TimelineEvent.priorityChanged(at("2026-11-23T10:00"), Priority.P4),
                event(Kind.RESOLVED, "2026-11-23T11:00")), Measure.RESOLUTION, 1);

        assertEquals(State.BREACHED, resolution.state(), "breached at 09:00 under P1; lowering it at 10:00 erases nothing");
        assertEquals(at("2026-11-23T09:00"), resolution.due(), "the due that was passed");
        assertEquals(Duration.ofHours(3), resolution.elapsed());
    }

    @Test
    void advanceNoticeIsJudgedWithThePriorityGivenAtSubmission() {
        ClockTerms terms = ClockTerms.builder()
                .measure(Measure.ADVANCE_NOTICE, Priority.P3, Target.days(3))
                .measure(Measure.ADVANCE_NOTICE, Priority.P1, Target.days(1)).build();

        ClockReading notice = clock(read(terms, "2026-11-23T12:00",
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P3, LocalDate.of(2026, 11, 25)),
                TimelineEvent.priorityChanged(at("2026-11-23T09:00"), Priority.P1)), Measure.ADVANCE_NOTICE, 1);

        assertEquals(State.BREACHED, notice.state(), "three days' notice were owed at P3; the later P1 changes nothing");
    }

    @Test
    void eventsAtTheSameInstantAreReadInCausalOrder() {
        ClockTerms terms = ClockTerms.builder().measure(Measure.RESOLUTION, Target.hours(4))
                .measure(Measure.ADVANCE_NOTICE, Target.days(1)).build();

        List<ClockReading> clocks = read(terms, "2026-11-23T10:00",
                event(Kind.ACKNOWLEDGED, "2026-11-23T08:30"),
                event(Kind.ANSWERED, "2026-11-23T09:00"),
                event(Kind.QUESTION_ASKED, "2026-11-23T09:00"),
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P2, LocalDate.of(2026, 11, 30)));

        ClockReading resolution = clock(clocks, Measure.RESOLUTION, 1);
        assertEquals(State.RUNNING, resolution.state(), "the answer came after its question: the clock is not paused");
        assertEquals(Duration.ofHours(2), resolution.elapsed());
        assertEquals(State.MET, clock(clocks, Measure.ADVANCE_NOTICE, 1).state(), "the submission is found wherever it is listed");
    }

    @Test
    void aCalendarWithoutWorkingTimeGivesAClockThatCannotComeDue() {
        BusinessSchedule never = BusinessSchedule.of(BERLIN, List.of(), List.of());
        ClockTerms terms = ClockTerms.builder().measure(Measure.RESOLUTION, Target.hours(4))
                .measure(Measure.CONFIRMATION, Target.days(2)).build();

        List<ClockReading> clocks = RequestClocks.read(List.of(
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P2, null)), terms, never, never, at("2026-11-30T08:00"));

        ClockReading resolution = clock(clocks, Measure.RESOLUTION, 1);
        assertNull(resolution.due());
        assertTrue(!resolution.canComeDue());
        assertEquals(State.RUNNING, resolution.state());
        assertEquals(Duration.ZERO, resolution.elapsed());
    }

    @Test
    void aFarRequestedDateIsJudgedLikeANearOne() {
        ClockTerms terms = ClockTerms.builder().measure(Measure.ADVANCE_NOTICE, Target.days(3)).build();

        ClockReading notice = clock(read(terms, "2026-11-23T09:00",
                TimelineEvent.submitted(at("2026-11-23T08:00"), Priority.P3, LocalDate.of(9999, 12, 31))),
                Measure.ADVANCE_NOTICE, 1);

        assertEquals(State.MET, notice.state());
        assertTrue(notice.elapsed().toHours() > 9L * 250 * 7900, "about 7,973 years of working days: " + notice.elapsed());
    }
}
