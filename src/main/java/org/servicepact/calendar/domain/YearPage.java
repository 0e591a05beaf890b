package org.servicepact.calendar.domain;

import java.util.Arrays;

/**
 * One local year of a compiled calendar: its working intervals on the time line (epoch microseconds, sorted,
 * never overlapping, never empty) with running totals of business time and working days, and where each
 * local day starts. Immutable but for the year's offset on the calendar's business clock, which the calendar
 * sets once it is first asked; every answer is index arithmetic or a binary search.
 */
final class YearPage {

    private static final int BUCKET_BITS = 32;
    /** Interval i's four numbers in {@link #intervals}: from {@code i * STRIDE}, in this order. */
    private static final int STRIDE = 4;
    private static final int START = 0;
    private static final int END = 1;
    private static final int BEFORE = 2;
    private static final int AFTER = 3;

    final int year;
    /** When the year's first local day starts, and when the next year's does. */
    final long start;
    final long end;
    /**
     * Working interval i as four numbers side by side, so that a look-up reads one or two cache lines: where it
     * starts and ends ([start, end)), and the year's business time before it starts and once it ends.
     */
    private final long[] intervals;
    private final int intervalCount;
    /** The working day (0 = the year's first) that interval i belongs to. */
    final int[] workingDay;
    /** Where each working day's last interval ends. */
    final long[] workingDayEnds;
    /** Where each local day starts (one more entry than the year has days: the next year's start). */
    final long[] dayStarts;
    /** Working days of the year as day-of-year indices (0-based), ascending. */
    final int[] workingDaysOfYear;
    private final int[] lastStartingByBucket;
    /** Business time from the calendar's first compiled year to this one: set once by the calendar, on first use. */
    volatile long offset = UNKNOWN;
    static final long UNKNOWN = Long.MIN_VALUE;

    YearPage(int year, long[] starts, long[] ends, int[] workingDay, long[] workingDayEnds, long[] dayStarts,
             int[] workingDaysOfYear) {
        this.year = year;
        this.workingDay = workingDay;
        this.workingDayEnds = workingDayEnds;
        this.dayStarts = dayStarts;
        this.workingDaysOfYear = workingDaysOfYear;
        this.start = dayStarts[0];
        this.end = dayStarts[dayStarts.length - 1];
        this.lastStartingByBucket = lastStartingByBuckets(start, end, starts);
        this.intervalCount = starts.length;
        this.intervals = new long[starts.length * STRIDE];
        long total = 0;
        for (int i = 0; i < starts.length; i++) {
            intervals[i * STRIDE + START] = starts[i];
            intervals[i * STRIDE + END] = ends[i];
            intervals[i * STRIDE + BEFORE] = total;
            total += ends[i] - starts[i];
            intervals[i * STRIDE + AFTER] = total;
        }
    }

    /** Where working interval i starts. */
    long intervalStart(int i) {
        return intervals[i * STRIDE + START];
    }

    private long intervalEnd(int i) {
        return intervals[i * STRIDE + END];
    }

    private long after(int i) {
        return intervals[i * STRIDE + AFTER];
    }

    boolean contains(long instant) {
        return instant >= start && instant < end;
    }

    long businessTime() {
        return intervalCount == 0 ? 0 : after(intervalCount - 1);
    }

    int workingDays() {
        return workingDayEnds.length;
    }

    /** Business time of this year before {@code instant} (which lies in the year). */
    long businessTimeBefore(long instant) {
        return businessTimeBefore(instant, lastIntervalStartingBy(instant));
    }

    /** The same, given {@link #lastIntervalStartingBy} of the instant. */
    long businessTimeBefore(long instant, int lastStartingBy) {
        if (lastStartingBy < 0) {
            return 0;
        }
        int at = lastStartingBy * STRIDE;
        return intervals[at + BEFORE] + Math.min(instant, intervals[at + END]) - intervals[at + START];
    }

    /** The instant at which the year's business time reaches {@code amount} (0 < amount ≤ business time). */
    long instantReaching(long amount) {
        return instantReaching(amount, 0);
    }

    /**
     * The same, searching from interval {@code from} on (where the amount is known not to be reached before):
     * it gallops forward, so a target of a few hours costs a few steps, a long one a logarithmic search.
     */
    long instantReaching(long amount, int from) {
        int low = Math.max(0, from);
        int high = intervalCount - 1;
        int step = 1;
        while (low + step < high && after(low + step) < amount) {
            low += step;
            step <<= 1;
        }
        high = Math.min(high, low + step);
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (after(middle) < amount) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        int at = low * STRIDE;
        return intervals[at + START] + (amount - intervals[at + BEFORE]);
    }

    /** The first interval that ends after {@code instant}, or -1 when the year's working time is over by then. */
    int firstIntervalEndingAfter(long instant) {
        return firstIntervalEndingAfter(instant, lastIntervalStartingBy(instant));
    }

    /** The same, given {@link #lastIntervalStartingBy} of the instant. */
    int firstIntervalEndingAfter(long instant, int lastStartingBy) {
        int i = lastStartingBy;
        if (i >= 0 && intervalEnd(i) > instant) {
            return i;
        }
        int next = i + 1;
        return next < intervalCount ? next : -1;
    }

    boolean isWorkingDay(int dayOfYearIndex) {
        return Arrays.binarySearch(workingDaysOfYear, dayOfYearIndex) >= 0;
    }

    /** The last interval that starts at or before {@code instant}, or -1: a table lookup and a step or two. */
    int lastIntervalStartingBy(long instant) {
        long offset = instant - start;
        int bucket = offset <= 0 ? 0 : (int) Math.min(lastStartingByBucket.length - 1, offset >>> BUCKET_BITS);
        int i = lastStartingByBucket[bucket];
        if (offset < 0) {
            i = -1;
        }
        while (i + 1 < intervalCount && intervalStart(i + 1) <= instant) {
            i++;
        }
        return i;
    }

    /** For each bucket of 2^32 µs (about 72 minutes) from the year's start: the last interval starting by its start. */
    private static int[] lastStartingByBuckets(long start, long end, long[] starts) {
        int[] table = new int[(int) ((end - start) >>> BUCKET_BITS) + 1];
        int i = -1;
        for (int bucket = 0; bucket < table.length; bucket++) {
            long bucketStart = start + ((long) bucket << BUCKET_BITS);
            while (i + 1 < starts.length && starts[i + 1] <= bucketStart) {
                i++;
            }
            table[bucket] = i;
        }
        return table;
    }
}
