package org.servicepact.platform.rules;

/** The rule for text a person must write (a comment, a reason, a subject): present, and not too long. */
public final class RequiredText {

    private RequiredText() {
    }

    /** The text without surrounding blanks; refused, naming the field, when empty or longer than {@code maxLength}. */
    public static String of(String text, int maxLength, String field) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(field, "request.text.required");
        }
        if (text.strip().length() > maxLength) {
            throw new RuleViolation(field, "request.text.tooLong", maxLength);
        }
        return text.strip();
    }
}
