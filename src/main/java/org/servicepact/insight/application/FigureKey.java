package org.servicepact.insight.application;

import java.io.Serializable;

/** One group of figures: a direction of a tie (provider serving consumer), and a month (yyyymm) or 0 for all. */
public record FigureKey(long providerId, long consumerId, int month) implements Serializable {
}
