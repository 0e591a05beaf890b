package org.servicepact.calendar.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The compiled calendar against the minute-by-minute reference ({@link MinuteByMinuteCalendar}), on random calendars
 * in zones with and without daylight saving, with working periods near the shifts and instants near them.
 */
class BusinessScheduleReferenceTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York"),
            ZoneId.of("Australia/Sydney"), ZoneId.of("Europe/London"), ZoneId.of("Asia/Kolkata"), ZoneId.of("UTC"));
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);

    /** A calendar to compare: the engine's and the reference's view of the same periods and holidays. */
    record Calendar(ZoneId zone, List<WorkingPeriod> periods, Set<LocalDate> holidays) {
        BusinessSchedule engine() {
            return BusinessSchedule.of(zone, periods, holidays);
        }

        MinuteByMinuteCalendar reference() {
            return new MinuteByMinuteCalendar(zone, periods, holidays);
        }

        /** A whole-minute instant in 2026, half of the time within a day of one of the zone's shifts. */
        Instant instant(int seed, boolean nearAShift) {
            List<ZoneOffsetTransition> shifts = new ArrayList<>();
            for (ZoneOffsetTransition shift = zone.getRules().nextTransition(FROM.atStartOfDay(zone).toInstant());
                 shift != null && shift.getInstant().isBefore(Instant.parse("2027-01-01T00:00:00Z"));
                 shift = zone.getRules().nextTransition(shift.getInstant())) {
                shifts.add(shift);
            }
            if (nearAShift && !shifts.isEmpty()) {
                Instant shift = shifts.get(Math.floorMod(seed, shifts.size())).getInstant();
                return shift.minus(Duration.ofMinutes(Math.floorMod(seed, 2 * 24 * 60) - 24 * 60));
            }
            return FROM.atStartOfDay(zone).toInstant().plus(Duration.ofMinutes(Math.floorMod(seed, 365 * 24 * 60)));
        }
    }

    @Provide
    Arbitrary<Calendar> calendars() {
        Arbitrary<LocalTime> times = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 4 * 4).map(quarter -> LocalTime.of(0, 0).plusMinutes(15L * quarter)),
                Arbitraries.integers().between(6 * 4, 23 * 4).map(quarter -> LocalTime.of(0, 0).plusMinutes(15L * quarter)));
        Arbitrary<List<WorkingPeriod>> periods = Combinators.combine(Arbitraries.of(DayOfWeek.class), times, times)
                .as((day, a, b) -> a.equals(b) ? null : new WorkingPeriod(day, a.isBefore(b) ? a : b, a.isBefore(b) ? b : a))
                .filter(period -> period != null).list().ofMinSize(1).ofMaxSize(8)
                .map(BusinessScheduleReferenceTest::withoutOverlaps);
        Arbitrary<Set<LocalDate>> holidays = Arbitraries.integers().between(0, 364).map(FROM::plusDays).set().ofMaxSize(40);
        return Combinators.combine(Arbitraries.of(ZONES), periods, holidays).as(Calendar::new);
    }

    private static List<WorkingPeriod> withoutOverlaps(List<WorkingPeriod> candidates) {
        List<WorkingPeriod> kept = new ArrayList<>();
        for (WorkingPeriod candidate : candidates) {
            if (kept.stream().noneMatch(candidate::overlaps)) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void elapsedIsWhatTheMinutesAddUpTo(@ForAll("calendars") Calendar calendar, @ForAll int seed,
                                        @ForAll boolean nearAShift, @ForAll @IntRange(min = 0, max = 9 * 24 * 60) int span) {
        Instant from = calendar.instant(seed, nearAShift);
        Instant to = from.plus(Duration.ofMinutes(span));
        assertEquals(calendar.reference().elapsed(from, to), calendar.engine().elapsed(from, to), calendar::toString);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void addingBusinessTimeEndsWhereTheMinutesRunOut(@ForAll("calendars") Calendar calendar, @ForAll int seed,
                                                    @ForAll boolean nearAShift, @ForAll @IntRange(min = 1, max = 30 * 60) int minutes) {
        Instant start = calendar.instant(seed, nearAShift);
        Duration amount = Duration.ofMinutes(minutes);
        assertEquals(calendar.reference().addBusinessTime(start, amount), calendar.engine().addBusinessTime(start, amount),
                calendar::toString);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.MIXIN)
    void businessDaysEndWithTheLastPeriodOfTheRightDay(@ForAll("calendars") Calendar calendar, @ForAll int seed,
                                                      @ForAll boolean nearAShift, @ForAll @IntRange(min = 0, max = 12) int days) {
        Instant start = calendar.instant(seed, nearAShift);
        assertEquals(calendar.reference().endOfBusinessDays(start, days), calendar.engine().endOfBusinessDays(start, days),
                calendar::toString);
        assertEquals(calendar.reference().nextWorkingInstant(start), calendar.engine().nextWorkingInstant(start),
                calendar::toString);
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.MIXIN)
    void workingDaysAreDaysWithWorkingTimeInRealTime(@ForAll("calendars") Calendar calendar,
                                                     @ForAll @IntRange(min = 0, max = 364) int day) {
        LocalDate date = FROM.plusDays(day);
        assertEquals(calendar.reference().isWorkingDay(date), calendar.engine().isWorkingDay(date),
                () -> date + " " + calendar);
    }
}
