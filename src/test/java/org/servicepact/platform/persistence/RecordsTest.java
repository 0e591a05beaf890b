package org.servicepact.platform.persistence;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import org.junit.jupiter.api.Test;
import org.servicepact.platform.rules.RuleViolation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordsTest {

    @Test
    void aChangeRefusedForAStaleVersionIsToldApartHoweverDeepTheTransactionWrappedIt() {
        assertTrue(Records.isStale(RuleViolation.ofForm("edit.stale")), "found before the change");
        assertTrue(Records.isStale(new OptimisticLockException("version 3 is no longer current")), "found by the database");
        RollbackException atCommit = new RollbackException("commit failed");
        atCommit.initCause(new OptimisticLockException());
        assertTrue(Records.isStale(new TransactionalException("the transaction rolled back", atCommit)));

        assertFalse(Records.isStale(new RuleViolation("title", "required")));
        assertFalse(Records.isStale(new PersistenceException("unique constraint violated")));
        assertFalse(Records.isStale(new IllegalStateException()));
    }
}
