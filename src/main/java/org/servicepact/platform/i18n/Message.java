package org.servicepact.platform.i18n;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.Serializable;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.servicepact.platform.SharedJson.JSON;

/**
 * A text kept language-neutral until someone reads it: a bundle key with its arguments, each argument either
 * literal text (what a person typed: a title, a reason) or another message ("First response" is itself a key).
 * Stored as JSON and rendered in the reader's language; a calendar date too ({@link #date}), in the bundle's
 * {@code format.day}.
 *
 * @param key       the bundle key; {@code null} for literal text, which is then the only argument; {@value #DATE} for
 *                  a date, whose only argument is the date as yyyy-MM-dd
 * @param arguments {@link String}s and {@link Message}s
 */
public record Message(String key, List<Object> arguments) implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The key of a date, which no bundle holds. */
    static final String DATE = "@date";

    public Message {
        arguments = List.copyOf(arguments);
        if (arguments.stream().anyMatch(argument -> !(argument instanceof String || argument instanceof Message))) {
            throw new IllegalArgumentException("A message's arguments are texts and messages: " + arguments);
        }
    }

    public static Message of(String key, Object... arguments) {
        return new Message(key, List.of(arguments));
    }

    /** Text a person wrote, shown as it is in every language. */
    public static Message literal(String text) {
        return new Message(null, List.of(text));
    }

    /** A calendar date, read in the reader's words ("Fri 1 Jan 2027", "Fr. 1. Jan. 2027"). */
    public static Message date(LocalDate day) {
        return new Message(DATE, List.of(day.toString()));
    }

    public String render(Locale locale) {
        if (DATE.equals(key)) {
            return Texts.dates(locale, "format.day").format(LocalDate.parse((String) arguments.get(0)));
        }
        Object[] rendered = arguments.stream().map(argument -> argument instanceof Message message ? message.render(locale) : argument).toArray();
        return key == null ? (String) rendered[0] : Texts.format(locale, key, rendered);
    }

    public String toJson() {
        return toJsonObject().toString();
    }

    public static Message fromJson(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            return fromJsonObject(reader.readObject());
        }
    }

    private JsonObject toJsonObject() {
        JsonArrayBuilder args = JSON.createArrayBuilder();
        arguments.forEach(argument -> {
            if (argument instanceof Message message) {
                args.add(message.toJsonObject());
            } else {
                args.add((String) argument);
            }
        });
        var object = JSON.createObjectBuilder();
        if (key != null) {
            object.add("key", key);
        }
        return object.add("args", args).build();
    }

    private static Message fromJsonObject(JsonObject object) {
        List<Object> arguments = new ArrayList<>();
        JsonArray args = object.getJsonArray("args");
        for (JsonValue argument : args) {
            arguments.add(argument instanceof JsonString text ? text.getString() : fromJsonObject(argument.asJsonObject()));
        }
        return new Message(object.containsKey("key") ? object.getString("key") : null, arguments);
    }
}
