package org.servicepact.platform.rules;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class RuleViolationTest {

    @Test
    void aRuleRefusedBeneathAPersistenceFailureIsFound() {
        RuleViolation nul = new RuleViolation("name", "text.nul");

        assertSame(nul, RuleViolation.causing(new PersistenceException(new IllegalStateException(nul))).orElseThrow());
        assertSame(nul, RuleViolation.causing(nul).orElseThrow());
        assertEquals(Optional.empty(), RuleViolation.causing(new PersistenceException("lost connection")));
        assertEquals(Optional.empty(), RuleViolation.causing(null));
    }
}
