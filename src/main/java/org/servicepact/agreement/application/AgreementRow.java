package org.servicepact.agreement.application;

import org.servicepact.agreement.domain.AgreementKind;
import org.servicepact.agreement.domain.VersionStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One line of the agreement list: the agreement and its latest version. */
public record AgreementRow(Long id, String title, AgreementKind kind, String providerName, String consumerName,
                           int latestNumber, VersionStatus latestStatus, LocalDate effectiveFrom, LocalDate reviewDate,
                           boolean terminated) implements Serializable {

    /** For the JPQL constructor expression. */
    public AgreementRow(Long id, String title, AgreementKind kind, String providerName, String consumerName,
                        int latestNumber, VersionStatus latestStatus, LocalDate effectiveFrom, LocalDate reviewDate,
                        Instant terminatedAt) {
        this(id, title, kind, providerName, consumerName, latestNumber, latestStatus, effectiveFrom, reviewDate,
                terminatedAt != null);
    }

    /** Whether the agreement is in force and its review date has passed by {@code today}: it is due a review. */
    public boolean isPastReview(LocalDate today) {
        return !terminated && latestStatus == VersionStatus.ACTIVE && reviewDate != null && reviewDate.isBefore(today);
    }
}
