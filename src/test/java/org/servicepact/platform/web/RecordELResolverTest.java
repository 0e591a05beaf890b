package org.servicepact.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RecordELResolverTest {

    record Reading(long dueSeconds, String state) {
        public String due() {
            return "at " + dueSeconds;
        }

        public static String helper() {
            return "not a property";
        }
    }

    @Test
    void aRecordIsReadByItsComponentsAndTheValuesItDerives() throws Exception {
        Reading reading = new Reading(42, "MET");
        assertEquals("MET", RecordELResolver.accessor(reading, "state").invoke(reading));
        assertEquals(42L, RecordELResolver.accessor(reading, "dueSeconds").invoke(reading));
        assertEquals("at 42", RecordELResolver.accessor(reading, "due").invoke(reading));
    }

    @Test
    void nothingElseIsAProperty() {
        Reading reading = new Reading(1, "MET");
        assertNull(RecordELResolver.accessor(reading, "helper"), "static");
        assertNull(RecordELResolver.accessor(reading, "hashCode"));
        assertNull(RecordELResolver.accessor(reading, "nothing"));
        assertNull(RecordELResolver.accessor("not a record", "length"));
    }
}
