package org.servicepact.notification.application;

import jakarta.persistence.EntityManager;
import org.servicepact.notification.domain.OutboxItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Claims outbox rows that were read as due: each by a conditional update that counts the attempt and holds the row back
 * for {@link OutboxItem#CLAIM}, and that succeeds only if nobody claimed the row since it was read (so two job runners,
 * on one node or two, never send one row both).
 */
final class OutboxClaims {

    private OutboxClaims() {
    }

    /** The rows of {@code due} this caller claimed, in the caller's transaction. */
    static <T extends OutboxItem> List<T> claim(EntityManager em, Class<T> type, List<T> due, Instant now) {
        List<T> claimed = new ArrayList<>(due.size());
        for (T item : due) {
            int updated = em.createQuery("UPDATE " + type.getSimpleName() + " o SET o.attempts = o.attempts + 1, o.nextAttemptAt = :until"
                            + " WHERE o.id = :id AND o.nextAttemptAt = :seen")
                    .setParameter("until", now.plus(OutboxItem.CLAIM)).setParameter("id", item.getId())
                    .setParameter("seen", item.getNextAttemptAt()).executeUpdate();
            if (updated == 1) {
                claimed.add(item);
            }
        }
        return claimed;
    }
}
