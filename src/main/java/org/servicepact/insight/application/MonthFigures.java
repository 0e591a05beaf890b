package org.servicepact.insight.application;

import org.servicepact.insight.domain.TieFigures;

import java.io.Serializable;
import java.time.YearMonth;

/** The figures of one month, for trend charts. */
public record MonthFigures(YearMonth month, TieFigures figures) implements Serializable {
}
