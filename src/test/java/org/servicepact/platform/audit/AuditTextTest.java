package org.servicepact.platform.audit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditTextTest {

    @Test
    void whatFitsIsKeptAsIsWhatDoesNotIsCutVisibly() {
        assertNull(AuditText.storable(null, 10));
        assertEquals("lena", AuditText.storable("lena", 10));
        assertEquals("x".repeat(10), AuditText.storable("x".repeat(10), 10), "exactly the column: kept whole");
        String cut = AuditText.storable("x".repeat(11), 10);
        assertEquals(10, cut.length());
        assertTrue(cut.endsWith("…"), "a cut shows: " + cut);
        assertEquals(9, AuditText.storable("🔑".repeat(10), 10).length(), "never half a character");
    }

    @Test
    void controlCharactersBecomeReadable() {
        assertEquals("a?b?c", AuditText.storable("a\u0000b\nc", 10), "PostgreSQL refuses a NUL even as a parameter");
    }
}
