package org.servicepact.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON bodies that each spoil one field of a good body with a value a clumsy or hostile client sends: missing,
 * empty, blank, of the wrong type, fractional, beyond {@code long}, far too long, with a NUL, an impossible or far
 * date, a list holding nothing, a number or an empty object. The API must answer every one with a 4xx and a message
 * (or accept it, if it is a fair value after all).
 */
final class BadInputs {

    /** Each a JSON value. */
    static final List<String> VALUES = List.of("null", "\"\"", "\"   \"", "\"abc\"", "-1", "0", "1.5", "1e400",
            "99999999999999999999", "true", "[]", "{}", "\"\\u0000\"", "\"" + "x".repeat(10_000) + "\"", "\"9999-12-31\"",
            "\"2026-02-30\"", "\"2026-03-02T08:00:00\"", "\"P9\"", "[null]", "[1]", "[{}]");

    private BadInputs() {
    }

    /** One body per field and bad value: the good fields in order, with that one field's value replaced. */
    static List<String> eachFieldSpoiled(Map<String, String> goodFields, String prefix, String suffix) {
        List<String> bodies = new ArrayList<>();
        for (String field : goodFields.keySet()) {
            for (String value : VALUES) {
                Map<String, String> fields = new LinkedHashMap<>(goodFields);
                fields.put(field, value);
                bodies.add(prefix + json(fields) + suffix);
            }
        }
        return bodies;
    }

    /** The fields as a JSON object; values are JSON already. */
    static String json(Map<String, String> fields) {
        List<String> members = new ArrayList<>();
        fields.forEach((name, value) -> members.add("\"" + name + "\":" + value));
        return "{" + String.join(",", members) + "}";
    }

    /** Bodies that are no object of the expected shape at all. */
    static List<String> malformedBodies() {
        return List.of("", "null", "[]", "1", "\"text\"", "{", "{\"title\":}", "[".repeat(5_000) + "]".repeat(5_000),
                "{\"title\":\"x\",\"title\":\"y\"}", "\u0000");
    }
}
