package org.servicepact.insight.application;

/** One group of figures: a direction of a tie (provider serving consumer), and a month (yyyymm) or 0 for all. */
public record FigureKey(long providerId, long consumerId, int month) {

    /** Whether the group belongs to the tie of the two parties, in either direction. */
    public boolean isBetween(long oneParty, long otherParty) {
        return providerId == oneParty && consumerId == otherParty || providerId == otherParty && consumerId == oneParty;
    }
}
