package org.servicepact.calendar.domain;

/**
 * An instant found once on a compiled calendar (its year and the last working interval starting by it), so that
 * the business clock there and sums of business time from it need no further look-up: a clock asks several
 * questions of its start (due, warning, elapsed), and each would otherwise find the start again.
 */
public final class CalendarPoint {

    private final CompiledCalendar calendar;
    private final YearPage year;
    private final long instant;
    private final int lastStartingBy;

    CalendarPoint(CompiledCalendar calendar, YearPage year, long instant, int lastStartingBy) {
        this.calendar = calendar;
        this.year = year;
        this.instant = instant;
        this.lastStartingBy = lastStartingBy;
    }

    /** {@link CompiledCalendar#businessClock} at this instant. */
    public long businessClock() {
        return calendar.offsetOf(year) + year.businessTimeBefore(instant, lastStartingBy);
    }

    /** {@link CompiledCalendar#plus} from this instant. */
    public long plus(long amount) {
        return calendar.plus(year, lastStartingBy, instant, amount);
    }

    /** {@link CompiledCalendar#endOfWorkingDays} from this instant. */
    public long endOfWorkingDays(int days) {
        return calendar.endOfWorkingDays(year, lastStartingBy, instant, days);
    }
}
