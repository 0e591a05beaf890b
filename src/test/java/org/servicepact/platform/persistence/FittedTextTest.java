package org.servicepact.platform.persistence;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FittedTextTest {

    @Test
    void whatFitsIsKeptAsIsWhatDoesNotIsCutVisibly() {
        assertNull(FittedText.of(null, 10, "…"));
        assertEquals("lena", FittedText.of("lena", 10, "…"));
        assertEquals("x".repeat(10), FittedText.of("x".repeat(10), 10, "…"), "exactly the column: kept whole");
        String cut = FittedText.of("x".repeat(11), 10, "…");
        assertEquals(10, cut.length());
        assertTrue(cut.endsWith("…"), "a cut shows: " + cut);
        assertEquals(9, FittedText.of("🔑".repeat(10), 10, "…").length(), "never half a character");
    }

    @Test
    void controlCharactersBecomeReadable() {
        assertEquals("a?b?c", FittedText.of("a\u0000b\nc", 10, "…"), "PostgreSQL refuses a NUL even as a parameter");
    }
}
