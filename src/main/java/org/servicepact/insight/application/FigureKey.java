package org.servicepact.insight.application;

/** One group of figures: a direction of a tie (provider serving consumer), and a month (yyyymm) or 0 for all. */
public record FigureKey(long providerId, long consumerId, int month) {
}
