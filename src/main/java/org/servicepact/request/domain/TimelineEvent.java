package org.servicepact.request.domain;

import org.servicepact.agreement.domain.Priority;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a request's event log as far as its clocks are concerned: what happened and when, and for
 * a submission or a change of priority, the priority (and, at submission, the requested due date).
 */
public record TimelineEvent(Kind kind, Instant at, Priority priority, LocalDate requestedDue) implements Serializable {

    /** What happened to the request. */
    public enum Kind {
        SUBMITTED(0),
        ACKNOWLEDGED(2),
        QUESTION_ASKED(3),
        ANSWERED(4),
        FLAGGED_INCOMPLETE(2),
        RESOLVED(5),
        DECLINED(5),
        REOPENED(6),
        CONFIRMED(7),
        AUTO_CLOSED(7),
        CANCELLED(8),
        PRIORITY_CHANGED(1),
        /** Taken by or given to someone of the provider; moves no clock. */
        ASSIGNED(1),
        /** Handed on to another department; ends this request's provider clocks like a decline. */
        HANDED_OFF(5);

        private final int causalRank;

        Kind(int causalRank) {
            this.causalRank = causalRank;
        }

        /**
         * Where the event stands among others at the same instant: what must have come first has the lower rank
         * (the submission, then a question before its answer, a resolution before its confirmation).
         */
        int causalRank() {
            return causalRank;
        }

        /** The provider's first response: any of these stops the first-response clock. */
        boolean isProviderResponse() {
            return this == ACKNOWLEDGED || this == QUESTION_ASKED || this == FLAGGED_INCOMPLETE
                    || this == RESOLVED || this == DECLINED || this == HANDED_OFF;
        }
    }

    public TimelineEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        if ((kind == Kind.SUBMITTED || kind == Kind.PRIORITY_CHANGED) && priority == null) {
            throw new IllegalArgumentException(kind + " needs a priority");
        }
    }

    public static TimelineEvent submitted(Instant at, Priority priority, LocalDate requestedDue) {
        return new TimelineEvent(Kind.SUBMITTED, at, priority, requestedDue);
    }

    public static TimelineEvent priorityChanged(Instant at, Priority priority) {
        return new TimelineEvent(Kind.PRIORITY_CHANGED, at, priority, null);
    }

    public static TimelineEvent of(Kind kind, Instant at) {
        return new TimelineEvent(kind, at, null, null);
    }
}
