package org.servicepact.request.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import org.servicepact.platform.rules.RuleViolation;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a call's JSON body into the record the call takes, one component at a time, so that a value of the wrong
 * kind is refused naming its field as the body spells it ({@code requestedDue}, {@code events[2].at}) in the API's
 * words; JSON-B named a Java class, or nothing. Stricter than JSON-B where leniency would act on something else than
 * was meant: text is a JSON string (not a number or {@code true} made into one); an id is a whole number within
 * {@code long} ({@code 1.5} and {@code 1e30} are refused, not rounded to another record's id), a score one within
 * {@code int}; a date is {@code YYYY-MM-DD} and an instant ISO 8601 with its offset; the body is UTF-8 (a malformed
 * byte is refused, not replaced). Members the record does not have are passed over.
 */
final class JsonBodies {

    /** Looked up once: {@code Json.createReader} looks the provider up on the class path at every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    /** Longer than any {@code long} written out, even with a sign and an exponent. */
    private static final int LONGEST_ID = 30;
    /**
     * The largest body a call takes; read whole before it is parsed, a body of hundreds of megabytes ran the server out
     * of memory. An imported history of its most events (1,000), each with a note of the longest length (4,000
     * characters), just fits when the notes are plain ASCII; with accented letters or other scripts, a half to a third.
     */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    private JsonBodies() {
    }

    static <R extends Record> R read(byte[] body, Class<R> type) {
        return record(parse(body), type, null);
    }

    /**
     * Reads every JSON body a call takes as a record; a refusal it throws is answered 400 by {@link ApiProblems}, a body
     * too large 413.
     */
    @Provider
    @Consumes(MediaType.APPLICATION_JSON)
    public static class Reader implements MessageBodyReader<Record> {

        @Override
        public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
            return type.isRecord();
        }

        @Override
        public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                               MultivaluedMap<String, String> headers, InputStream body) throws IOException {
            if (announcedTooLarge(headers.getFirst(HttpHeaders.CONTENT_LENGTH))) {
                throw new TooLarge();
            }
            byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new TooLarge();
            }
            return read(bytes, type);
        }

        private static boolean announcedTooLarge(String contentLength) {
            try {
                return contentLength != null && Long.parseLong(contentLength.strip()) > MAX_BODY_BYTES;
            } catch (NumberFormatException unreadable) {
                return false;
            }
        }
    }

    /** A body larger than {@link #MAX_BODY_BYTES}: answered 413 with its sentence by {@link ApiProblems.TooLargeBodies}. */
    static final class TooLarge extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("The body is larger than " + MAX_BODY_BYTES + " bytes", null, false, false);
        }
    }

    private static JsonValue parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw new RuleViolation(null, "api.body");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new RuleViolation(null, "api.json.encoding");
        }
        JsonValue value;
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw new RuleViolation(null, "api.json.syntax", at.getLineNumber(), at.getColumnNumber());
        } catch (RuntimeException e) {
            // a JsonException, or what Parsson refuses with bare runtime exceptions: nesting deeper than 1,000 levels, a
            // number of more than 1,100 characters
            throw new RuleViolation(null, "api.json.unreadable");
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            throw new RuleViolation(null, "api.body");
        }
        return value;
    }

    private static <R extends Record> R record(JsonValue json, Class<R> type, String path) {
        if (!(json instanceof JsonObject object)) {
            throw new RuleViolation(path, "api.json.object");
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String field = path == null ? component.getName() : path + "." + component.getName();
            types[i] = component.getType();
            values[i] = value(object.get(component.getName()), component.getGenericType(), field);
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a " + type.getName() + " from a JSON body", e);
        }
    }

    private static Object value(JsonValue json, Type type, String field) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (type == String.class) {
            return text(json, field, "api.json.text");
        }
        if (type == Long.class) {
            return wholeNumber(json, field, Long.MIN_VALUE, Long.MAX_VALUE, "api.json.id");
        }
        if (type == Integer.class) {
            return (int) wholeNumber(json, field, Integer.MIN_VALUE, Integer.MAX_VALUE, "api.json.number");
        }
        if (type == LocalDate.class) {
            return date(json, field);
        }
        if (type == Instant.class) {
            return instant(json, field);
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class
                && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
            return records(json, element.asSubclass(Record.class), field);
        }
        throw new IllegalArgumentException("A JSON body holds no " + type.getTypeName() + " (" + field + ")");
    }

    private static String text(JsonValue json, String field, String refusal) {
        if (json instanceof JsonString string) {
            return string.getString();
        }
        throw new RuleViolation(field, refusal);
    }

    /** A whole number within its bounds, or a string holding one (as some clients send ids). */
    private static long wholeNumber(JsonValue json, String field, long min, long max, String refusal) {
        String written = json instanceof JsonString string ? string.getString().strip()
                : json instanceof JsonNumber ? json.toString() : null;
        if (written != null && written.length() <= LONGEST_ID) {
            try {
                long number = new BigDecimal(written).longValueExact();
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException | ArithmeticException notWhole) {
                // refused below
            }
        }
        throw new RuleViolation(field, refusal);
    }

    private static LocalDate date(JsonValue json, String field) {
        try {
            return LocalDate.parse(text(json, field, "api.json.date"));
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "api.json.date");
        }
    }

    private static Instant instant(JsonValue json, String field) {
        try {
            return OffsetDateTime.parse(text(json, field, "api.json.instant")).toInstant();
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "api.json.instant");
        }
    }

    /** A list of records; a null in it stays, for the call's own rules to name. */
    private static <R extends Record> List<R> records(JsonValue json, Class<R> element, String field) {
        if (!(json instanceof JsonArray array)) {
            throw new RuleViolation(field, "api.json.list");
        }
        List<R> records = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            records.add(item.getValueType() == JsonValue.ValueType.NULL ? null : record(item, element, field + "[" + i + "]"));
        }
        return records;
    }
}
