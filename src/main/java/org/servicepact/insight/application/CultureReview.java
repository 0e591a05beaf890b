package org.servicepact.insight.application;

import org.servicepact.insight.domain.RatingSums;

import java.io.Serializable;
import java.util.List;

/**
 * HR's view of the whole organisation (or one department's ties) over a period, in aggregates only.
 *
 * @param departments every department in a tie in the period, by name
 * @param matrix      the departments of the matrix, by name: all of them up to {@value #MATRIX_MAX}, else the
 *                    busiest (a department chosen in the filter shows all of its partners)
 * @param ties        every direction of every tie, with its figures (the matrix reads them both ways)
 * @param months      the organisation's figures per month
 * @param principles  per department: the ratings it received as provider and as consumer (shown once 5 different people rated)
 * @param hotSpots    per department: escalations about it, complaints and compliments about it
 * @param discipline  per department as consumer: how complete and timely its own requests were
 */
public record CultureReview(Period period, List<Party> departments, List<Party> matrix, List<TieRow> ties, List<MonthFigures> months,
                            List<Principles> principles, List<HotSpot> hotSpots, List<Discipline> discipline) implements Serializable {

    /** The most departments a matrix shows: more cells than this would not be read. */
    public static final int MATRIX_MAX = 30;

    /** Whether the matrix leaves out quieter departments. */
    public boolean isMatrixCut() {
        return matrix.size() < departments.size();
    }

    /** A department of the matrix. */
    public record Party(long id, String name) implements Serializable {
    }

    public record Principles(long departmentId, String departmentName, RatingSums asProvider, RatingSums asConsumer) implements Serializable {
    }

    public record HotSpot(long departmentId, String departmentName, long escalations, long complaints, long compliments) implements Serializable {
    }

    /**
     * @param requests           requests the department made
     * @param incomplete         of them, flagged incomplete by the provider
     * @param clarifications     questions answered
     * @param lateClarifications of them, answered late
     * @param shortNotice        requests that gave less notice than agreed
     */
    public record Discipline(long departmentId, String departmentName, long requests, long incomplete, long clarifications,
                             long lateClarifications, long shortNotice) implements Serializable {
    }
}
