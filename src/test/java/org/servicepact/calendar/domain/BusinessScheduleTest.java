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
import static org.junit.jupiter.api.Assertions.assertThrows;

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
