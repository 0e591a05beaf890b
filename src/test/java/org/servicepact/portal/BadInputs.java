package org.servicepact.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON bodies that each spoil one field of a good body with a value a clumsy or hostile client sends: missing,
 * empty, blank, of the wrong type, fractional, beyond {@code long}, far too long, with a NUL or half a UTF-16 pair,
 * an impossible or far date, a list holding nothing, a number or an empty object. The API must answer every one with
 * a 4xx and a message (or accept it, if it is a fair value after all); a 400 names the field.
 */
final class BadInputs {

    /** Each a JSON value. */
    static final List<String> VALUES = List.of("null", "\"\"", "\"   \"", "\"abc\"", "-1", "0", "1.5", "1e400",
            "99999999999999999999", "true", "[]", "{}", "\"\\u0000\"", "\"\\ud800\"", "\"" + "x".repeat(10_000) + "\"",
            "\"9999-12-31\"", "\"2026-02-30\"", "\"2026-03-02T08:00:00\"", "\"P9\"", "[null]", "[1]", "[{}]");

    /** A body with one field spoiled, and that field's name as a refusal must give it ({@code events[0].at}). */
    record Spoiled(String field, String body) {
    }

    private BadInputs() {
    }

    /**
     * One body per field and bad value: the good fields in order, with that one field's value replaced; the object
     * stands between {@code prefix} and {@code suffix}, and its fields are named with {@code path} before them.
     */
    static List<Spoiled> eachFieldSpoiled(Map<String, String> goodFields, String prefix, String suffix, String path) {
        List<Spoiled> bodies = new ArrayList<>();
        for (String field : goodFields.keySet()) {
            for (String value : VALUES) {
                Map<String, String> fields = new LinkedHashMap<>(goodFields);
                fields.put(field, value);
                bodies.add(new Spoiled(path + field, prefix + json(fields) + suffix));
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
