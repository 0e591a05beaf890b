package org.servicepact.request.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * The API's JSON reading, strict where JSON-B is lenient: an id must be a whole number within {@code long}
 * ({@code 1.5} and {@code 1e30} are refused, where JSON-B would read 1 and a wrapped number and act on another
 * record than the one meant).
 */
@Provider
public class WholeNumbers implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(new WholeLong()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** Reads a whole number, or a string holding one, as a {@link Long}. */
    static final class WholeLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            String text = switch (value.getValueType()) {
                case NUMBER -> ((JsonNumber) value).bigDecimalValue().toPlainString();
                case STRING -> ((JsonString) value).getString().strip();
                case NULL -> null;
                default -> value.toString();
            };
            if (text == null) {
                return null;
            }
            try {
                return new BigDecimal(text).longValueExact();
            } catch (NumberFormatException | ArithmeticException notWhole) {
                // answered below
            }
            throw new JsonbException("an id must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ", not " + text);
        }
    }
}
