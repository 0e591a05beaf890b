package org.servicepact.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.event.PhaseId;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StalePostbacksTest {

    private static final RuntimeException FAILURE = new NumberFormatException("For input string: \"x\"");

    @Test
    void aFailureWhileAPostIsRestoredOrReadIsThePostsFault() {
        assertTrue(StalePostbacks.fromThePost("POST", PhaseId.RESTORE_VIEW, FAILURE));
        assertTrue(StalePostbacks.fromThePost("POST", PhaseId.APPLY_REQUEST_VALUES, FAILURE));
    }

    @Test
    void aFailureOnceThePostWasReadIsThePortals() {
        for (PhaseId later : new PhaseId[] {PhaseId.PROCESS_VALIDATIONS, PhaseId.UPDATE_MODEL_VALUES, PhaseId.INVOKE_APPLICATION,
                PhaseId.RENDER_RESPONSE}) {
            assertFalse(StalePostbacks.fromThePost("POST", later, FAILURE), later::toString);
        }
    }

    @Test
    void aPageOpenedByGetOrAnExpiredViewKeepsItsOwnAnswer() {
        assertFalse(StalePostbacks.fromThePost("GET", PhaseId.APPLY_REQUEST_VALUES, FAILURE), "a GET's parameters have their own check");
        assertFalse(StalePostbacks.fromThePost("POST", PhaseId.RESTORE_VIEW, new ViewExpiredException("/profile.xhtml")));
    }
}
