package org.servicepact.platform.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A business rule refused what a user asked for. It names the field the rule is about (or none, for the
 * form as a whole) and a key of the resource bundle with its arguments, so the screen can show a clear
 * message beside that field and the API can name the field in its answer.
 */
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient List<Object> arguments;

    public RuleViolation(String field, String messageKey, Object... arguments) {
        super((field == null ? "" : field + ": ") + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    /** A violation about the whole form rather than one field. */
    public static RuleViolation ofForm(String messageKey, Object... arguments) {
        return new RuleViolation(null, messageKey, arguments);
    }

    /**
     * The rule refused somewhere beneath a failure: a check that runs as JPA writes an entity (text its column cannot
     * keep) reaches the caller wrapped in a {@code PersistenceException} when a query flushed the change first.
     */
    public static Optional<RuleViolation> causing(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RuleViolation violation) {
                return Optional.of(violation);
            }
        }
        return Optional.empty();
    }

    /** The form field concerned, or {@code null} for the form as a whole. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
