package org.servicepact.calendar.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.Year;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A business calendar compiled into what the arithmetic needs: per local year, its working intervals as
 * epoch microseconds with running totals of business time and working days ({@link YearPage}). Business
 * elapsed is a subtraction, "add N business hours" the inverse lookup, business days index arithmetic; the
 * zone's rules are consulted only while a year is compiled. Years are compiled on first use and kept.
 *
 * <p>Far dates cost no more than near ones: a year with no holiday, after the zone's last fixed transition
 * (or before its first), looks exactly like every other such year that is a leap year or not alike and starts
 * on the same weekday, so sums over many such years come from totals over the Gregorian 400-year cycle.
 *
 * <p>Instants are epoch microseconds (the precision the databases keep); {@link #NEVER} answers "no working
 * time ever comes". Thread-safe: every compiled year is immutable.
 */
public final class CompiledCalendar {

    /** The answer when the calendar has no more working time: a clock on it cannot come due. */
    public static final long NEVER = Long.MAX_VALUE;

    private static final int CYCLE = 400;
    private static final int CACHED_FROM = 1900;
    private static final int CACHED_YEARS = 400;
    private static final int MAX_OTHER_YEARS = 256;
    /** Years beyond these are not reached: the microsecond time line ends about 292,000 years from 1970. */
    private static final int FIRST_YEAR = -200_000;
    private static final int LAST_YEAR = 200_000;
    private static final long MIN_MICROS = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay() * 86_400_000_000L;
    private static final long MAX_MICROS = LocalDate.of(LAST_YEAR, 1, 1).toEpochDay() * 86_400_000_000L;

    private enum Measure { TIME, DAYS }

    private final ZoneId zone;
    private final ZoneRules rules;
    private final LocalTime[][] startsByDay;
    private final LocalTime[][] endsByDay;
    private final Set<LocalDate> holidays;
    /** Years in [firstRegular.. ] and [.. lastRegular] repeat with the 400-year cycle. */
    private final int lastIrregularYear;
    private final int firstIrregularYear;

    private final YearPage[] cachedYears = new YearPage[CACHED_YEARS];
    private final Map<Integer, YearPage> otherYears = new ConcurrentHashMap<>();
    /** The year last looked up: a plain field, as a year's fields are final (its offset volatile) and any thread sees it whole. */
    private YearPage recent;
    /** Where the business clock reads zero: the start of the first year looked up. */
    private volatile int originYear = Integer.MIN_VALUE;
    private volatile CycleTotals futureCycle;
    private volatile CycleTotals pastCycle;

    CompiledCalendar(ZoneId zone, Map<DayOfWeek, List<WorkingPeriod>> periodsByDay, Set<LocalDate> holidays) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.startsByDay = new LocalTime[7][];
        this.endsByDay = new LocalTime[7][];
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingPeriod> periods = periodsByDay.get(day);
            startsByDay[day.ordinal()] = periods.stream().map(WorkingPeriod::start).toArray(LocalTime[]::new);
            endsByDay[day.ordinal()] = periods.stream().map(WorkingPeriod::end).toArray(LocalTime[]::new);
        }
        this.holidays = holidays;
        int first = holidays.stream().mapToInt(LocalDate::getYear).min().orElse(2000);
        int last = holidays.stream().mapToInt(LocalDate::getYear).max().orElse(2000);
        List<ZoneOffsetTransition> transitions = rules.getTransitions();
        if (!transitions.isEmpty()) {
            first = Math.min(first, transitions.get(0).getDateTimeBefore().getYear());
            last = Math.max(last, transitions.get(transitions.size() - 1).getDateTimeAfter().getYear());
        }
        // a year's first day is clipped against the previous year's last: keep one year of margin either side
        this.firstIrregularYear = first - 2;
        this.lastIrregularYear = last + 2;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Epoch microseconds of an instant, held within the years the arithmetic reaches. */
    public static long micros(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds <= MIN_MICROS / 1_000_000) {
            return MIN_MICROS;
        }
        if (seconds >= MAX_MICROS / 1_000_000) {
            return MAX_MICROS;
        }
        return seconds * 1_000_000 + instant.getNano() / 1000;
    }

    public static Instant instant(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
    }

    /** Business time (microseconds) between two instants; zero when {@code to} is not after {@code from}. */
    public long elapsed(long from, long to) {
        if (to <= from) {
            return 0;
        }
        YearPage first = yearContaining(from);
        if (first.contains(to)) {
            return first.businessTimeBefore(to) - first.businessTimeBefore(from);
        }
        YearPage last = yearContaining(to);
        return first.businessTime() - first.businessTimeBefore(from)
                + sum(Measure.TIME, first.year + 1, last.year)
                + last.businessTimeBefore(to);
    }

    /**
     * The calendar's business clock at {@code instant}: the business time since the start of the first year this
     * calendar compiled (negative before it). Business time between two instants is the difference of their clocks.
     */
    public long businessClock(long instant) {
        YearPage year = yearContaining(instant);
        return offsetOf(year) + year.businessTimeBefore(instant);
    }

    /** The origin is set once, by the first look-up, and never moves: every offset is counted from it. */
    private synchronized void fixOrigin(int year) {
        if (originYear == Integer.MIN_VALUE) {
            originYear = year;
        }
    }

    long offsetOf(YearPage page) {
        long offset = page.offset;
        return offset != YearPage.UNKNOWN ? offset : firstOffsetOf(page);
    }

    private long firstOffsetOf(YearPage page) {
        int origin = originYear;
        long offset = page.year >= origin ? sum(Measure.TIME, origin, page.year) : -sum(Measure.TIME, page.year, origin);
        page.offset = offset;
        return offset;
    }

    /**
     * The instant at which the business time elapsed since {@code start} reaches {@code amount}; when it runs
     * out exactly at the end of an interval, that end. {@link #NEVER} when the calendar has no more working time.
     */
    public long plus(long start, long amount) {
        if (amount <= 0) {
            return start;
        }
        YearPage year = yearContaining(start);
        return plus(year, year.lastIntervalStartingBy(start), start, amount);
    }

    long plus(YearPage year, int lastStartingBy, long start, long amount) {
        if (amount <= 0) {
            return start;
        }
        long needed = year.businessTimeBefore(start, lastStartingBy) + amount;
        if (needed <= year.businessTime()) {
            return year.instantReaching(needed, lastStartingBy);
        }
        long[] reached = reach(Measure.TIME, year.year + 1, needed - year.businessTime());
        return reached == null ? NEVER : year((int) reached[0]).instantReaching(reached[1]);
    }

    /** {@code instant} itself when it lies in working time, else the start of the next working interval. */
    public long nextWorkingInstant(long instant) {
        YearPage year = yearContaining(instant);
        int i = year.firstIntervalEndingAfter(instant);
        if (i >= 0) {
            return Math.max(year.intervalStart(i), instant);
        }
        long[] reached = reach(Measure.TIME, year.year + 1, 1);
        return reached == null ? NEVER : year((int) reached[0]).intervalStart(0);
    }

    /**
     * The end of the last working interval of the {@code days}-th working day after the day of {@code start}
     * (moved to the next working time first; that day is day 0). {@link #NEVER} when no such day comes.
     */
    public long endOfWorkingDays(long start, int days) {
        YearPage year = yearContaining(start);
        return endOfWorkingDays(year, year.lastIntervalStartingBy(start), start, days);
    }

    long endOfWorkingDays(YearPage year, int lastStartingBy, long start, int days) {
        int first = year.firstIntervalEndingAfter(start, lastStartingBy);
        if (first < 0) {
            // no working time left in the start's year: day 0 is the first working day of a later year
            long[] reached = reach(Measure.DAYS, year.year + 1, days + 1L);
            return reached == null ? NEVER : year((int) reached[0]).workingDayEnds[(int) reached[1] - 1];
        }
        long day = year.workingDay[first] + (long) days;
        if (day < year.workingDays()) {
            return year.workingDayEnds[(int) day];
        }
        long[] reached = reach(Measure.DAYS, year.year + 1, day - year.workingDays() + 1);
        return reached == null ? NEVER : year((int) reached[0]).workingDayEnds[(int) reached[1] - 1];
    }

    /** Whether the day has working time in real time (a holiday has none, nor a day whose work lies in a gap). */
    public boolean isWorkingDay(LocalDate date) {
        if (date.getYear() < FIRST_YEAR || date.getYear() >= LAST_YEAR) {
            return false;
        }
        return year(date.getYear()).isWorkingDay(date.getDayOfYear() - 1);
    }

    /** Where the local day after {@code date} starts on the time line: the end of {@code date}. */
    public long endOfDay(LocalDate date) {
        if (date.getYear() < FIRST_YEAR) {
            return MIN_MICROS;
        }
        if (date.getYear() >= LAST_YEAR) {
            return MAX_MICROS;
        }
        return year(date.getYear()).dayStarts[date.getDayOfYear()];
    }

    // ---- years

    YearPage yearContaining(long instant) {
        YearPage last = recent;
        return last != null && last.contains(instant) ? last : findYearContaining(instant);
    }

    /** Kept out of {@link #yearContaining}, so that the usual case (the year last asked) stays small enough to inline. */
    private YearPage findYearContaining(long instant) {
        long clamped = Math.max(MIN_MICROS, Math.min(MAX_MICROS - 1, instant));
        int guess = LocalDate.ofEpochDay(Math.floorDiv(clamped, 86_400_000_000L)).getYear();
        if (originYear == Integer.MIN_VALUE) {
            fixOrigin(guess);
        }
        YearPage year = year(guess);
        if (clamped < year.start) {
            year = year(guess - 1);
        } else if (clamped >= year.end) {
            year = year(guess + 1);
        }
        recent = year;
        return year;
    }

    private YearPage year(int year) {
        int slot = year - CACHED_FROM;
        if (slot >= 0 && slot < CACHED_YEARS) {
            YearPage page = cachedYears[slot];
            if (page == null) {
                page = compile(year);
                cachedYears[slot] = page;
            }
            return page;
        }
        YearPage page = otherYears.get(year);
        if (page == null) {
            if (otherYears.size() >= MAX_OTHER_YEARS) {
                otherYears.clear();
            }
            page = compile(year);
            otherYears.put(year, page);
        }
        return page;
    }

    private long totalOf(Measure measure, int year) {
        YearPage page = year(year);
        return measure == Measure.TIME ? page.businessTime() : page.workingDays();
    }

    /** The sum of a measure over the years [from, to). */
    private long sum(Measure measure, int from, int to) {
        long total = 0;
        int year = from;
        int pastEnd = Math.min(to, firstIrregularYear);
        if (year < pastEnd) {
            total += pastCycle().sum(measure, year, pastEnd);
            year = pastEnd;
        }
        int irregularEnd = Math.min(to, lastIrregularYear + 1);
        for (; year < irregularEnd; year++) {
            total += totalOf(measure, year);
        }
        if (year < to) {
            total += futureCycle().sum(measure, year, to);
        }
        return total;
    }

    /**
     * Walks forward from the start of {@code fromYear} until a measure's running sum reaches {@code needed}
     * (> 0): answers the year and how much of it is needed, or null when the time line ends first.
     */
    private long[] reach(Measure measure, int fromYear, long needed) {
        int year = fromYear;
        long remaining = needed;
        while (year < LAST_YEAR) {
            long inYear;
            if (year < firstIrregularYear || year > lastIrregularYear) {
                CycleTotals cycle = year > lastIrregularYear ? futureCycle() : pastCycle();
                long perCycle = cycle.perCycle(measure);
                if (perCycle == 0 && year > lastIrregularYear) {
                    return null;
                }
                long cycles = perCycle == 0 ? Long.MAX_VALUE : (remaining - 1) / perCycle;
                if (year < firstIrregularYear) {
                    cycles = Math.min(cycles, (firstIrregularYear - year) / CYCLE);
                }
                if (cycles > (LAST_YEAR - year) / CYCLE) {
                    return null;
                }
                year += (int) cycles * CYCLE;
                remaining -= cycles * perCycle;
                inYear = cycle.totalOf(measure, year);
            } else {
                inYear = totalOf(measure, year);
            }
            if (remaining <= inYear) {
                return new long[] {year, remaining};
            }
            remaining -= inYear;
            year++;
        }
        return null;
    }

    private CycleTotals futureCycle() {
        CycleTotals cycle = futureCycle;
        if (cycle == null) {
            cycle = new CycleTotals(lastIrregularYear + 1);
            futureCycle = cycle;
        }
        return cycle;
    }

    private CycleTotals pastCycle() {
        CycleTotals cycle = pastCycle;
        if (cycle == null) {
            cycle = new CycleTotals(firstIrregularYear - CYCLE);
            pastCycle = cycle;
        }
        return cycle;
    }

    /**
     * Totals of the years of one regular stretch, by position in the 400-year Gregorian cycle: a year's totals
     * depend only on whether it is a leap year and on the weekday it starts with, so 14 compiled years give all.
     */
    private final class CycleTotals {
        /** Running sums over the cycle starting at a year ≡ 0 (mod 400): index k = sum of the first k years. */
        private final long[] time = new long[CYCLE + 1];
        private final long[] days = new long[CYCLE + 1];

        CycleTotals(int firstYear) {
            Map<Integer, YearPage> byKind = new java.util.HashMap<>();
            for (int k = 0; k < CYCLE; k++) {
                int representative = firstYear + Math.floorMod(k - firstYear, CYCLE);
                int kind = LocalDate.of(representative, 1, 1).getDayOfWeek().ordinal() * 2
                        + (Year.isLeap(representative) ? 1 : 0);
                YearPage page = byKind.computeIfAbsent(kind, any -> year(representative));
                time[k + 1] = time[k] + page.businessTime();
                days[k + 1] = days[k] + page.workingDays();
            }
        }

        long perCycle(Measure measure) {
            return (measure == Measure.TIME ? time : days)[CYCLE];
        }

        long totalOf(Measure measure, int year) {
            long[] sums = measure == Measure.TIME ? time : days;
            int k = Math.floorMod(year, CYCLE);
            return sums[k + 1] - sums[k];
        }

        /** Sum over [from, to) of this stretch's years. */
        long sum(Measure measure, int from, int to) {
            return upTo(measure, to) - upTo(measure, from);
        }

        /** Sum over the years [0, year) as if every year were of this stretch (differences are what count). */
        private long upTo(Measure measure, int year) {
            long[] sums = measure == Measure.TIME ? time : days;
            return Math.floorDiv(year, CYCLE) * sums[CYCLE] + sums[Math.floorMod(year, CYCLE)];
        }
    }

    // ---- compiling a year

    private YearPage compile(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        int daysInYear = first.lengthOfYear();
        long[] dayStarts = new long[daysInYear + 1];
        List<long[]> intervals = new ArrayList<>();
        List<Integer> workingDayOf = new ArrayList<>();
        List<Long> workingDayEnds = new ArrayList<>();
        List<Integer> workingDaysOfYear = new ArrayList<>();
        long previousEnd = lastEndOf(first.minusDays(1));
        LocalDate date = first;
        for (int day = 0; day < daysInYear; day++, date = date.plusDays(1)) {
            dayStarts[day] = micros(date.atStartOfDay(zone).toInstant());
            long lastEnd = -1;
            for (long[] interval : intervalsOn(date, previousEnd)) {
                intervals.add(interval);
                workingDayOf.add(workingDayEnds.size());
                lastEnd = interval[1];
                previousEnd = interval[1];
            }
            if (lastEnd >= 0) {
                workingDayEnds.add(lastEnd);
                workingDaysOfYear.add(day);
            }
        }
        dayStarts[daysInYear] = micros(first.plusYears(1).atStartOfDay(zone).toInstant());
        return new YearPage(year,
                intervals.stream().mapToLong(i -> i[0]).toArray(),
                intervals.stream().mapToLong(i -> i[1]).toArray(),
                workingDayOf.stream().mapToInt(Integer::intValue).toArray(),
                workingDayEnds.stream().mapToLong(Long::longValue).toArray(),
                dayStarts,
                workingDaysOfYear.stream().mapToInt(Integer::intValue).toArray());
    }

    private long lastEndOf(LocalDate date) {
        long end = Long.MIN_VALUE;
        for (long[] interval : intervalsOn(date, Long.MIN_VALUE)) {
            end = interval[1];
        }
        return end;
    }

    /**
     * A day's working periods on the time line (shared/DOMAIN.md): a start or end in a spring-forward gap takes
     * effect at the jump, one in an autumn overlap at its first occurrence; what overlaps time already counted
     * (the previous period, or the previous day after a shift) is cut off; what is left empty is dropped.
     */
    private List<long[]> intervalsOn(LocalDate date, long countedUntil) {
        if (holidays.contains(date)) {
            return List.of();
        }
        LocalTime[] starts = startsByDay[date.getDayOfWeek().ordinal()];
        LocalTime[] ends = endsByDay[date.getDayOfWeek().ordinal()];
        List<long[]> intervals = new ArrayList<>(starts.length);
        long counted = countedUntil;
        for (int i = 0; i < starts.length; i++) {
            long start = Math.max(counted, onTimeLine(date, starts[i]));
            long end = onTimeLine(date, ends[i]);
            if (end > start) {
                intervals.add(new long[] {start, end});
                counted = end;
            }
        }
        return intervals;
    }

    private long onTimeLine(LocalDate date, LocalTime time) {
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition transition = rules.getTransition(local);
        if (transition != null && transition.isGap()) {
            return micros(transition.getInstant());
        }
        return micros(local.atZone(zone).toInstant());
    }

    @Override
    public String toString() {
        return "CompiledCalendar[" + zone + ", " + Arrays.deepToString(startsByDay) + "]";
    }
}
