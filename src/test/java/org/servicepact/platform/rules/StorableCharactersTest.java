package org.servicepact.platform.rules;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Text a database keeps as given passes; a NUL or half of a UTF-16 pair is refused. */
class StorableCharactersTest {

    @Test
    void ordinaryTextAndWholePairsPass() {
        assertNull(StorableCharacters.refusal(""));
        assertNull(StorableCharacters.refusal("Drucker im 2. Stock — kaputt ⇄ 🖨"));
        assertNull(StorableCharacters.refusal("\ud83d\udda8\ud83d\udda8"));
    }

    @Test
    void aNulIsRefused() {
        assertEquals("text.nul", StorableCharacters.refusal("a\u0000b"));
    }

    @Test
    void halfAPairIsRefusedWhereverItStands() {
        assertEquals("text.halfPair", StorableCharacters.refusal("a\ud800b"));
        assertEquals("text.halfPair", StorableCharacters.refusal("end\ud83d"));
        assertEquals("text.halfPair", StorableCharacters.refusal("\udda8start"));
        assertEquals("text.halfPair", StorableCharacters.refusal("\udda8\ud83d"), "a pair in the wrong order");
    }
}
