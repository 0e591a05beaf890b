package org.servicepact.calendar.domain;

/**
 * An instant found on a compiled calendar (its year and the last working interval starting by it), so that the
 * business clock there and sums of business time from it need no further look-up: a clock asks several questions
 * of its start (due, warning, elapsed), and each would otherwise find the start again. A point is moved to another
 * instant rather than made anew, so that a clock started once per question allocates nothing for its start.
 */
public final class CalendarPoint {

    private CompiledCalendar calendar;
    private YearPage year;
    private long instant;
    private int lastStartingBy;

    /** Finds {@code instant} on {@code calendar}: this point answers for it from now on. */
    public void moveTo(CompiledCalendar calendar, long instant) {
        this.calendar = calendar;
        this.year = calendar.yearContaining(instant);
        this.instant = instant;
        this.lastStartingBy = year.lastIntervalStartingBy(instant);
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
