package org.servicepact.feedback.application;

import org.servicepact.feedback.domain.Letter;

import java.time.Instant;

/**
 * A letter (compliment or complaint) reached a department, fired once as a CDI event in the transaction that wrote it;
 * the notification component's webhooks observe it.
 */
public record LetterHappened(long letterId, long departmentId, Letter.Kind letterKind, String subject, Instant at) {
}
