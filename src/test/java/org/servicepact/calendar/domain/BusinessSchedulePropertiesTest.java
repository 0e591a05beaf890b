package org.servicepact.calendar.domain;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties that hold for any instants, over a split-day calendar with holidays and daylight saving. */
class BusinessSchedulePropertiesTest {

    private static final BusinessSchedule SCHEDULE = BusinessSchedule.builder(ZoneId.of("Europe/Berlin"))
            .weekdays(LocalTime.of(8, 0), LocalTime.of(12, 0))
            .weekdays(LocalTime.of(13, 0), LocalTime.of(17, 30))
            .holiday(LocalDate.of(2026, 5, 1))
            .holiday(LocalDate.of(2026, 12, 25))
            .build();

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, Duration.ofDays(365).toMinutes())
                .map(minutes -> FROM.plus(Duration.ofMinutes(minutes)));
    }

    @Property
    void elapsedNeverExceedsActualTime(@ForAll("instants") Instant a, @ForAll("instants") Instant b) {
        Duration elapsed = SCHEDULE.elapsed(a, b);
        assertTrue(elapsed.compareTo(Duration.between(a, b).abs()) <= 0);
        assertTrue(!elapsed.isNegative());
    }

    @Property
    void elapsedIsAdditive(@ForAll("instants") Instant a, @ForAll("instants") Instant b, @ForAll("instants") Instant c) {
        Instant[] sorted = Stream.of(a, b, c).sorted().toArray(Instant[]::new);
        assertEquals(SCHEDULE.elapsed(sorted[0], sorted[2]),
                SCHEDULE.elapsed(sorted[0], sorted[1]).plus(SCHEDULE.elapsed(sorted[1], sorted[2])));
    }

    @Property
    void addingBusinessTimeIsUndoneByMeasuringIt(@ForAll("instants") Instant start,
                                                 @ForAll @IntRange(min = 1, max = 200 * 60) int minutes) {
        Duration amount = Duration.ofMinutes(minutes);
        Instant due = SCHEDULE.addBusinessTime(start, amount);
        assertEquals(amount, SCHEDULE.elapsed(start, due));
    }

    @Property
    void moreBusinessTimeNeverMakesADueInstantEarlier(@ForAll("instants") Instant start,
                                                      @ForAll @IntRange(min = 0, max = 100 * 60) int minutes,
                                                      @ForAll @IntRange(min = 0, max = 100 * 60) int pausedMinutes) {
        Instant due = SCHEDULE.addBusinessTime(start, Duration.ofMinutes(minutes));
        Instant later = SCHEDULE.addBusinessTime(start, Duration.ofMinutes(minutes + pausedMinutes));
        assertTrue(!later.isBefore(due));
    }

    @Property
    void businessDaysEndOnAWorkingDayAtClosingTime(@ForAll("instants") Instant start,
                                                   @ForAll @IntRange(min = 0, max = 30) int days) {
        Instant due = SCHEDULE.endOfBusinessDays(start, days);
        var local = due.atZone(SCHEDULE.zone());
        assertTrue(SCHEDULE.isWorkingDay(local.toLocalDate()));
        assertEquals(LocalTime.of(17, 30), local.toLocalTime());
        assertTrue(due.isAfter(start));
    }
}
