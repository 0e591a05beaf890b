package org.servicepact.request.api;

import org.servicepact.platform.paging.PageRequest;
import org.servicepact.platform.rules.RuleViolation;

/**
 * The page of a list a call asks for with {@code first} and {@code size}, each refused by name when it is no whole
 * number in range. Both are taken as text, since JAX-RS answers 404 without a word for an {@code int} query parameter
 * that is no number.
 */
public final class ApiPages {

    /** The most lines one page of any list holds. */
    public static final int MAX_SIZE = 200;

    private ApiPages() {
    }

    /** The page from {@code first} of {@code size} lines, in the list's own order, of those that hold {@code search}. */
    public static PageRequest of(String first, String size, String search) {
        return new PageRequest(first(first), size(size), null, true, search);
    }

    static int first(String first) {
        return wholeNumber(first, 0, Integer.MAX_VALUE, "first");
    }

    static int size(String size) {
        return wholeNumber(size, 1, MAX_SIZE, "size");
    }

    private static int wholeNumber(String value, int min, int max, String parameter) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notWhole) {
            // refused below
        }
        throw new RuleViolation(parameter, "api.page." + parameter, MAX_SIZE);
    }
}
