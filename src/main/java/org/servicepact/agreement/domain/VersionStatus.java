package org.servicepact.agreement.domain;

import org.servicepact.platform.i18n.Message;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a version of an agreement stands: DRAFT → PROPOSED → ACTIVE → SUPERSEDED | EXPIRED | TERMINATED.
 * A proposal sent back returns to DRAFT; a draft or proposal is withdrawn when the agreement ends.
 */
public enum VersionStatus {
    DRAFT,
    PROPOSED,
    ACTIVE,
    SUPERSEDED,
    EXPIRED,
    TERMINATED,
    WITHDRAWN;

    /** Its name as pages say it ("Draft"). */
    public Message label() {
        return Message.of("agreement.status." + name());
    }

    static {
        DRAFT.next = EnumSet.of(PROPOSED, WITHDRAWN);
        PROPOSED.next = EnumSet.of(DRAFT, ACTIVE, WITHDRAWN);
        ACTIVE.next = EnumSet.of(SUPERSEDED, EXPIRED, TERMINATED);
        SUPERSEDED.next = EnumSet.noneOf(VersionStatus.class);
        EXPIRED.next = EnumSet.noneOf(VersionStatus.class);
        TERMINATED.next = EnumSet.noneOf(VersionStatus.class);
        WITHDRAWN.next = EnumSet.noneOf(VersionStatus.class);
    }

    private Set<VersionStatus> next;

    public boolean canMoveTo(VersionStatus target) {
        return next.contains(target);
    }

    /** A draft or a proposal: the version that is being negotiated. */
    public boolean isOpen() {
        return this == DRAFT || this == PROPOSED;
    }

    /** Ended for good: superseded, expired, terminated or withdrawn. */
    public boolean isClosed() {
        return next.isEmpty();
    }
}
