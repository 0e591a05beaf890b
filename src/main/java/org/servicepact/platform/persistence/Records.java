package org.servicepact.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.servicepact.platform.rules.RuleViolation;

import java.util.function.ToLongFunction;

/** Loading a record a user is about to change, refusing the change when someone else changed it first. */
public final class Records {

    private Records() {
    }

    public static <T> T forEdit(EntityManager em, Class<T> type, Long id, long expectedVersion, ToLongFunction<T> versionOf) {
        T found = find(em, type, id);
        if (versionOf.applyAsLong(found) != expectedVersion) {
            throw RuleViolation.ofForm("edit.stale");
        }
        return found;
    }

    public static <T> T find(EntityManager em, Class<T> type, Long id) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw RuleViolation.ofForm("record.gone");
        }
        return found;
    }

    /** The referenced record, or {@code null} when no id was given; a given id that matches nothing is refused. */
    public static <T> T reference(EntityManager em, Class<T> type, Long id, String field) {
        if (id == null) {
            return null;
        }
        T found = em.find(type, id);
        if (found == null) {
            throw new RuleViolation(field, "record.unknown");
        }
        return found;
    }

    /**
     * Whether a change was refused because the record changed after the version it was decided on: found before the
     * change ({@link #forEdit} with a stale version), or by the database when another change committed in between,
     * however deep the transaction wrapped it.
     */
    public static boolean isStale(Throwable refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof RuleViolation violation && "edit.stale".equals(violation.messageKey())) {
                return true;
            }
        }
        return false;
    }
}
