package org.servicepact.feedback.application;

/**
 * Something a person should hear about a letter, fired as a CDI event; the notification component observes it.
 */
public record LetterNotice(long letterId, long recipientId, Kind kind, String subject) {

    /** What happened, for the recipient. */
    public enum Kind { LETTER_RECEIVED, LETTER_ABOUT_YOU, LETTER_ACKNOWLEDGED, LETTER_CLOSED }
}
