package org.servicepact.platform.persistence;

import jakarta.persistence.PersistenceException;
import org.servicepact.platform.rules.RuleViolation;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Creates a record once per submission key: a form posted twice or an API call retried answers the record the
 * first one created. The key is stored with the record under a unique index (per person), so two submissions
 * racing each other cannot both be written: the loser's transaction fails on the index and it answers the
 * winner's record instead.
 */
public final class OnceOnly {

    /** The longest key kept, the column's length. */
    public static final int MAX_KEY_LENGTH = 64;

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1," + MAX_KEY_LENGTH + "}");

    private OnceOnly() {
    }

    /** A key as a client sent it: up to 64 visible ASCII characters, or none; refused by field name otherwise. */
    public static String key(String text, String field) {
        if (text != null && !KEY.matcher(text).matches()) {
            throw new RuleViolation(field, "submission.key", MAX_KEY_LENGTH);
        }
        return text;
    }

    /**
     * @param key     the submission's key, or {@code null} for none (then every call creates)
     * @param create  creates the record in its own transaction (a call through a transactional bean)
     * @param earlier finds the record this key created before, if any
     */
    public static <T> T create(String key, Supplier<T> create, Supplier<Optional<T>> earlier) {
        if (key == null) {
            return create.get();
        }
        Optional<T> first = earlier.get();
        if (first.isPresent()) {
            return first.get();
        }
        try {
            return create.get();
        } catch (PersistenceException raced) {
            return earlier.get().orElseThrow(() -> raced);
        }
    }
}
