package org.servicepact.agreement.application;

import org.junit.jupiter.api.Test;
import org.servicepact.agreement.domain.AgreementKind;
import org.servicepact.agreement.domain.VersionStatus;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgreementRowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static AgreementRow row(VersionStatus status, LocalDate review, boolean terminated) {
        return new AgreementRow(1L, "IT services", AgreementKind.values()[0], "IT", "Finance", 2, status,
                LocalDate.of(2025, 1, 1), review, terminated);
    }

    @Test
    void anAgreementInForceIsDueAReviewTheDayAfterItsReviewDate() {
        assertFalse(row(VersionStatus.ACTIVE, TODAY, false).isPastReview(TODAY));
        assertTrue(row(VersionStatus.ACTIVE, TODAY.minusDays(1), false).isPastReview(TODAY));
    }

    @Test
    void aDraftOrATerminatedAgreementIsNotFlagged() {
        assertFalse(row(VersionStatus.DRAFT, TODAY.minusDays(30), false).isPastReview(TODAY));
        assertFalse(row(VersionStatus.ACTIVE, TODAY.minusDays(30), true).isPastReview(TODAY));
    }
}
