package org.servicepact.calendar.domain;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Business-time arithmetic, starting with the worked examples of shared/DOMAIN.md. */
class BusinessScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static BusinessSchedule weekdays(ZoneId zone, int fromHour, int toHour) {
        return BusinessSchedule.builder(zone).weekdays(LocalTime.of(fromHour, 0), LocalTime.of(toHour, 0)).build();
    }

    private static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    @Nested
    class WorkedExamples {

        @Test
        void openedFridayEveningCountsOnlyMondayMorning() {
            BusinessSchedule schedule = weekdays(BERLIN, 8, 17);
            Instant friday2100 = at(BERLIN, "2026-11-20T21:00");
            Instant monday0930 = at(BERLIN, "2026-11-23T09:30");

            assertEquals(Duration.ofMinutes(90), schedule.elapsed(friday2100, monday0930));
            assertEquals(Duration.ofHours(60).plusMinutes(30), Duration.between(friday2100, monday0930));
        }

        @Test
        void fourHourTargetOpenedTuesdayAfternoonIsDueWednesdayMorning() {
            BusinessSchedule schedule = weekdays(BERLIN, 8, 18);

            Instant due = schedule.addBusinessTime(at(BERLIN, "2026-11-24T16:00"), Duration.ofHours(4));

            assertEquals(at(BERLIN, "2026-11-25T10:00"), due);
        }

        @Test
        void waitingOnTheRequesterPushesTheDueInstantLater() {
            BusinessSchedule schedule = weekdays(BERLIN, 8, 17);
            Instant opened = at(BERLIN, "2026-11-23T08:00");
            Duration paused = schedule.elapsed(at(BERLIN, "2026-11-23T09:00"), at(BERLIN, "2026-11-23T10:05"));

            assertEquals(at(BERLIN, "2026-11-23T10:00"), schedule.addBusinessTime(opened, Duration.ofHours(2)));
            assertEquals(Duration.ofMinutes(65), paused);
            assertEquals(at(BERLIN, "2026-11-23T11:05"), schedule.addBusinessTime(opened, Duration.ofHours(2).plus(paused)));
        }

        @Test
        void oneBusinessDayOpenedFridayEveningIsDueTuesdayEvening() {
            BusinessSchedule schedule = weekdays(BERLIN, 8, 17);

            Instant due = schedule.endOfBusinessDays(at(BERLIN, "2026-11-20T18:00"), 1);

            assertEquals(at(BERLIN, "2026-11-24T17:00"), due);
        }
    }

    @Nested
    class Holidays {

        private final BusinessSchedule schedule = BusinessSchedule.builder(BERLIN)
                .weekdays(LocalTime.of(8, 0), LocalTime.of(17, 0))
                .holiday(LocalDate.of(2026, 12, 24))
                .holiday(LocalDate.of(2026, 12, 25))
                .build();

        @Test
        void holidaysAddNoBusinessTime() {
            Duration elapsed = schedule.elapsed(at(BERLIN, "2026-12-23T16:00"), at(BERLIN, "2026-12-28T09:00"));

            assertEquals(Duration.ofHours(2), elapsed);
        }

        @Test
        void targetsSkipHolidays() {
            assertEquals(at(BERLIN, "2026-12-28T10:00"),
                    schedule.addBusinessTime(at(BERLIN, "2026-12-23T15:00"), Duration.ofHours(4)));
            assertEquals(at(BERLIN, "2026-12-29T17:00"),
                    schedule.endOfBusinessDays(at(BERLIN, "2026-12-23T12:00"), 2));
        }

        @Test
        void aHolidayIsNotAWorkingDay() {
            assertEquals(false, schedule.isWorkingDay(LocalDate.of(2026, 12, 25)));
            assertEquals(true, schedule.isWorkingDay(LocalDate.of(2026, 12, 28)));
        }
    }

    @Nested
    class SplitWorkingDays {

        private final BusinessSchedule schedule = BusinessSchedule.builder(BERLIN)
                .weekdays(LocalTime.of(8, 0), LocalTime.of(12, 0))
                .weekdays(LocalTime.of(13, 0), LocalTime.of(17, 0))
                .build();

        @Test
        void theLunchBreakDoesNotCount() {
            assertEquals(Duration.ofHours(2),
                    schedule.elapsed(at(BERLIN, "2026-11-23T11:00"), at(BERLIN, "2026-11-23T14:00")));
        }

        @Test
        void aTargetEndingAtTheBreakEndsAtNoonNotAfterLunch() {
            assertEquals(at(BERLIN, "2026-11-23T12:00"),
                    schedule.addBusinessTime(at(BERLIN, "2026-11-23T11:00"), Duration.ofHours(1)));
            assertEquals(at(BERLIN, "2026-11-23T13:30"),
                    schedule.addBusinessTime(at(BERLIN, "2026-11-23T11:00"), Duration.ofMinutes(90)));
        }

        @Test
        void aStartDuringTheBreakMovesToTheAfternoonPeriod() {
            assertEquals(at(BERLIN, "2026-11-23T13:00"), schedule.nextWorkingInstant(at(BERLIN, "2026-11-23T12:15")));
        }

        @Test
        void businessDaysEndWithTheLastPeriodOfTheDay() {
            assertEquals(at(BERLIN, "2026-11-23T17:00"), schedule.endOfBusinessDays(at(BERLIN, "2026-11-23T12:30"), 0));
        }
    }

    @Nested
    class DaylightSaving {

        private final BusinessSchedule sundayNights = BusinessSchedule.builder(BERLIN)
                .period(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(5, 0))
                .build();

        @Test
        void springForwardShortensThePeriodItFallsIn() {
            assertEquals(Duration.ofHours(3),
                    sundayNights.elapsed(at(BERLIN, "2026-03-29T00:00"), at(BERLIN, "2026-03-29T06:00")));
        }

        @Test
        void fallBackLengthensThePeriodItFallsIn() {
            Instant start = at(BERLIN, "2026-10-25T00:00");
            Instant end = at(BERLIN, "2026-10-25T06:00");

            assertEquals(Duration.ofHours(5), sundayNights.elapsed(start, end));
        }

        private BusinessSchedule sundays(int fromHour, int fromMinute, int toHour, int toMinute) {
            return BusinessSchedule.builder(BERLIN)
                    .period(DayOfWeek.SUNDAY, LocalTime.of(fromHour, fromMinute), LocalTime.of(toHour, toMinute)).build();
        }

        @Test
        void aPeriodStartingInTheGapStartsAtTheJump() {
            assertEquals(Duration.ofHours(2), sundays(2, 30, 5, 0)
                    .elapsed(at(BERLIN, "2026-03-29T00:00"), at(BERLIN, "2026-03-29T06:00")), "03:00 to 05:00");
        }

        @Test
        void aPeriodEndingInTheGapEndsAtTheJump() {
            assertEquals(Duration.ofHours(1), sundays(1, 0, 2, 30)
                    .elapsed(at(BERLIN, "2026-03-29T00:00"), at(BERLIN, "2026-03-29T06:00")), "01:00 to the jump at 02:00");
        }

        @Test
        void periodsThatMeetAfterTheJumpAreCountedOnce() {
            BusinessSchedule schedule = BusinessSchedule.builder(BERLIN)
                    .period(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(2, 30))
                    .period(DayOfWeek.SUNDAY, LocalTime.of(3, 0), LocalTime.of(5, 0))
                    .build();
            assertEquals(Duration.ofHours(3),
                    schedule.elapsed(at(BERLIN, "2026-03-29T00:00"), at(BERLIN, "2026-03-29T06:00")),
                    "01:00–02:00 and 03:00–05:00 in real time, the half hour after the jump not twice");
        }

        @Test
        void aStartInTheAutumnOverlapTakesItsFirstOccurrence() {
            assertEquals(Duration.ofMinutes(150), sundays(2, 30, 4, 0)
                    .elapsed(at(BERLIN, "2026-10-25T00:00"), at(BERLIN, "2026-10-25T06:00")));
        }

        @Test
        void aDayWhoseOnlyPeriodLiesInTheGapIsNoWorkingDay() {
            BusinessSchedule schedule = sundays(2, 10, 2, 50);

            assertFalse(schedule.isWorkingDay(LocalDate.of(2026, 3, 29)));
            assertTrue(schedule.isWorkingDay(LocalDate.of(2026, 4, 5)));
            assertEquals(at(BERLIN, "2026-04-05T02:50"), schedule.endOfBusinessDays(at(BERLIN, "2026-03-28T12:00"), 0),
                    "day 0 is the next Sunday with working time");
            assertEquals(at(BERLIN, "2026-04-12T02:50"), schedule.endOfBusinessDays(at(BERLIN, "2026-03-28T12:00"), 1));
        }

        @Test
        void dueInstantsKeepTheirWallClockTimeAcrossTheChange() {
            BusinessSchedule schedule = weekdays(NEW_YORK, 9, 17);
            Instant fridayAfternoon = at(NEW_YORK, "2026-03-06T15:00");

            Instant due = schedule.addBusinessTime(fridayAfternoon, Duration.ofHours(4));

            assertEquals(at(NEW_YORK, "2026-03-09T11:00"), due);
            assertEquals(Duration.ofHours(67), Duration.between(fridayAfternoon, due));
        }
    }

    @Nested
    class EdgeCases {

        private final BusinessSchedule schedule = weekdays(BERLIN, 8, 17);

        @Test
        void elapsedIsZeroWhenTheEndIsNotAfterTheStart() {
            Instant monday = at(BERLIN, "2026-11-23T10:00");
            assertEquals(Duration.ZERO, schedule.elapsed(monday, monday));
            assertEquals(Duration.ZERO, schedule.elapsed(monday, monday.minusSeconds(60)));
        }

        @Test
        void aTargetThatEndsExactlyAtClosingIsDueAtClosing() {
            assertEquals(at(BERLIN, "2026-11-23T17:00"),
                    schedule.addBusinessTime(at(BERLIN, "2026-11-23T08:00"), Duration.ofHours(9)));
        }

        @Test
        void aLongSpanCountsEveryWorkingDay() {
            Duration year = schedule.elapsed(at(BERLIN, "2026-01-01T00:00"), at(BERLIN, "2027-01-01T00:00"));
            assertEquals(Duration.ofHours(261L * 9), year);
        }

        @Test
        void aFarDateCountsEveryWorkingDayOnTheWay() {
            BusinessSchedule utc = weekdays(ZoneId.of("UTC"), 9, 17);
            LocalDate from = LocalDate.of(2026, 11, 23);
            LocalDate to = LocalDate.of(10000, 1, 1);

            Duration elapsed = utc.elapsed(at(ZoneId.of("UTC"), "2026-11-23T00:00"), to.atStartOfDay(ZoneId.of("UTC")).toInstant());

            assertEquals(Duration.ofHours(8 * weekdaysBetween(from, to)), elapsed);
            assertEquals(to.minusDays(1).atTime(17, 0).atZone(ZoneId.of("UTC")).toInstant(),
                    utc.addBusinessTime(at(ZoneId.of("UTC"), "2026-11-23T00:00"), elapsed), "9999-12-31 is a Friday");
        }

        @Test
        void farSpansWithDaylightSavingAndHolidaysAddUpBothWays() {
            BusinessSchedule schedule = BusinessSchedule.builder(BERLIN)
                    .weekdays(LocalTime.of(8, 0), LocalTime.of(12, 0))
                    .weekdays(LocalTime.of(13, 0), LocalTime.of(17, 0))
                    .holiday(LocalDate.of(2026, 12, 25)).holiday(LocalDate.of(2030, 1, 1))
                    .build();
            Instant start = at(BERLIN, "2026-11-23T10:00");
            Instant between = at(BERLIN, "2030-01-01T00:00");
            for (String end : List.of("2031-06-02T09:00", "2533-03-03T11:00", "9999-12-31T16:00")) {
                Instant due = at(BERLIN, end);
                Duration elapsed = schedule.elapsed(start, due);
                assertEquals(due, schedule.addBusinessTime(start, elapsed), end);
                assertEquals(schedule.elapsed(start, between).plus(schedule.elapsed(between, due)), elapsed,
                        "additive across the years with holidays and the years without: " + end);
            }
            Instant longAgo = at(BERLIN, "1200-03-01T09:00");
            assertEquals(start, schedule.addBusinessTime(longAgo, schedule.elapsed(longAgo, start)), "and far back");
        }

        private static long weekdaysBetween(LocalDate from, LocalDate to) {
            long days = to.toEpochDay() - from.toEpochDay();
            long weekdays = days / 7 * 5;
            for (LocalDate day = from.plusDays(days / 7 * 7); day.isBefore(to); day = day.plusDays(1)) {
                if (day.getDayOfWeek().getValue() <= 5) {
                    weekdays++;
                }
            }
            return weekdays;
        }

        @Test
        void aCalendarWithoutWorkingTimeIsRefusedRatherThanLoopingForever() {
            BusinessSchedule never = BusinessSchedule.of(BERLIN, List.of(), List.of());
            assertThrows(IllegalStateException.class,
                    () -> never.addBusinessTime(at(BERLIN, "2026-11-23T08:00"), Duration.ofHours(1)));
        }

        @Test
        void overlappingPeriodsAreRefused() {
            List<WorkingPeriod> overlapping = List.of(
                    new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                    new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(14, 0)));
            assertThrows(IllegalArgumentException.class, () -> BusinessSchedule.of(BERLIN, overlapping, List.of()));
            assertEquals(1, WorkingPeriods.problems(overlapping).size());
        }

        @Test
        void aPeriodCannotCrossMidnight() {
            assertThrows(IllegalArgumentException.class,
                    () -> new WorkingPeriod(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.of(2, 0)));
        }
    }
}
