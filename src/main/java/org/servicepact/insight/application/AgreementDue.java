package org.servicepact.insight.application;

import java.io.Serializable;
import java.time.LocalDate;

/** An active agreement of the department that is due for review or ends soon. */
public record AgreementDue(Long agreementId, int versionNumber, String title, String providerName, String consumerName,
                           LocalDate reviewDate, LocalDate effectiveUntil) implements Serializable {
}
