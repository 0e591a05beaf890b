package org.servicepact.platform.startup;

import jakarta.enterprise.concurrent.CronTrigger;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JobTimersTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aMinutesJobComesAtTheNextFullMinute() {
        assertEquals(Duration.ofMillis(29_500), JobTimers.untilNext(new CronTrigger("* * * * *", BERLIN), at(10, 15, 30, 500)));
    }

    @Test
    void aJobIsNotRunTwiceAtOneInstant() {
        assertEquals(Duration.ofMillis(59_800), JobTimers.untilNext(new CronTrigger("* * * * *", BERLIN), at(10, 16, 0, 200)));
        assertEquals(Duration.ofSeconds(60), JobTimers.untilNext(new CronTrigger("30 * * * * *", BERLIN), at(10, 16, 30, 0)));
    }

    @Test
    void theRollupComesAtHalfPastEveryMinute() {
        assertEquals(Duration.ofSeconds(15), JobTimers.untilNext(new CronTrigger("30 * * * * *", BERLIN), at(10, 16, 15, 0)));
        assertEquals(Duration.ofSeconds(50), JobTimers.untilNext(new CronTrigger("30 * * * * *", BERLIN), at(10, 16, 40, 0)));
    }

    @Test
    void agreementsComeAtFivePastEveryHour() {
        assertEquals(Duration.ofMinutes(5), JobTimers.untilNext(new CronTrigger("5 * * * *", BERLIN), at(10, 0, 0, 0)));
        assertEquals(Duration.ofMinutes(60), JobTimers.untilNext(new CronTrigger("5 * * * *", BERLIN), at(10, 5, 0, 0)));
        assertEquals(Duration.ofMinutes(3), JobTimers.untilNext(new CronTrigger("5 * * * *", BERLIN), at(11, 2, 0, 0)));
    }

    private static ZonedDateTime at(int hour, int minute, int second, int millis) {
        return ZonedDateTime.of(2026, 12, 5, hour, minute, second, millis * 1_000_000, BERLIN);
    }
}
