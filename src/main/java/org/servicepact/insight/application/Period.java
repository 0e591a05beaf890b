package org.servicepact.insight.application;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The months a report covers, from the first to the last, both included. */
public record Period(YearMonth from, YearMonth to) implements Serializable {

    public Period {
        if (to.isBefore(from)) {
            YearMonth first = to;
            to = from;
            from = first;
        }
    }

    /** The last {@code months} months, the current one included. */
    public static Period lastMonths(int months, YearMonth current) {
        return new Period(current.minusMonths(months - 1L), current);
    }

    /** The first month as yyyymm, as requests and letters store it. */
    public int fromKey() {
        return key(from);
    }

    public int toKey() {
        return key(to);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    public static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    public static YearMonth month(int key) {
        return YearMonth.of(key / 100, key % 100);
    }
}
