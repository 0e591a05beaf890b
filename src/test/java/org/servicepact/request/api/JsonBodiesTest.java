package org.servicepact.request.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicepact.platform.rules.RuleViolation;
import org.servicepact.request.application.RequestHistory;

import java.io.ByteArrayInputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A body is read into its record, or refused naming the field it spoils, in the API's words. */
class JsonBodiesTest {

    private static final String GOOD = "{\"agreementVersionId\": 7, \"serviceId\": \"12\", \"priority\": \"P2\", \"title\": \"Printer\","
            + " \"description\": \"Jammed \\ud83d\\udda8\", \"requestedDue\": \"2026-12-18\", \"colour\": [\"passed over\"]}";

    @Test
    void aGoodBodyIsReadWithItsIdsDatesAndTexts() {
        ApiViews.NewRequest read = JsonBodies.read(bytes(GOOD), ApiViews.NewRequest.class);

        assertEquals(new ApiViews.NewRequest(7L, 12L, "P2", "Printer", "Jammed \ud83d\udda8", LocalDate.of(2026, 12, 18)), read);
    }

    @Test
    void aBodyOfAtMostFourMegabytesIsReadAndALargerOneIsNot() throws Exception {
        String title = "a".repeat(JsonBodies.MAX_BODY_BYTES - "{\"title\": \"\"}".length());
        byte[] largest = bytes("{\"title\": \"" + title + "\"}");
        assertEquals(JsonBodies.MAX_BODY_BYTES, largest.length);
        assertEquals(title.length(), readThroughTheApi(largest, new MultivaluedHashMap<>()).title().length());

        byte[] larger = bytes("{\"title\": \"" + title + "a\"}");
        assertThrows(JsonBodies.TooLarge.class, () -> readThroughTheApi(larger, new MultivaluedHashMap<>()),
                "a body sent in chunks, with no length given");
        MultivaluedHashMap<String, String> announced = new MultivaluedHashMap<>();
        announced.putSingle("Content-Length", "314572800");
        assertThrows(JsonBodies.TooLarge.class, () -> readThroughTheApi(new byte[0], announced),
                "a body announced too large is refused before a byte of it is read");
    }

    private static ApiViews.NewRequest readThroughTheApi(byte[] body, MultivaluedHashMap<String, String> headers) throws Exception {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Record> type = (Class) ApiViews.NewRequest.class;
        return (ApiViews.NewRequest) new JsonBodies.Reader().readFrom(type, type, new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
                headers, new ByteArrayInputStream(body));
    }

    @Test
    void missingAndNullMembersAreNull() {
        ApiViews.NewRequest read = JsonBodies.read(bytes("{\"title\": null}"), ApiViews.NewRequest.class);

        assertNull(read.title());
        assertNull(read.agreementVersionId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "agreementVersionId | 1.5                   | api.json.id",
        "agreementVersionId | 1e30                  | api.json.id",
        "agreementVersionId | 99999999999999999999  | api.json.id",
        "agreementVersionId | 1e999999999           | api.json.id",
        "agreementVersionId | 1e-999999999          | api.json.id",
        "agreementVersionId | \"one\"               | api.json.id",
        "agreementVersionId | true                  | api.json.id",
        "serviceId          | [1]                   | api.json.id",
        "title              | 5                     | api.json.text",
        "title              | true                  | api.json.text",
        "description        | {}                    | api.json.text",
        "requestedDue       | \"2026-02-30\"        | api.json.date",
        "requestedDue       | \"2026-03-02T08:00Z\" | api.json.date",
        "requestedDue       | 20261218              | api.json.date",
    })
    void aValueOfTheWrongKindIsRefusedNamingItsField(String field, String value, String messageKey) {
        String body = "{\"title\": \"Printer\", \"" + field + "\": " + value + "}";

        RuleViolation refused = assertThrows(RuleViolation.class, () -> JsonBodies.read(bytes(body), ApiViews.NewRequest.class));

        assertEquals(field, refused.field());
        assertEquals(messageKey, refused.messageKey());
    }

    @Test
    void anEventsFieldIsNamedByItsPlaceInTheList() {
        String body = "{\"submittedAt\": \"2026-03-02T09:00:00+01:00\", \"events\": ["
                + "{\"kind\": \"ACKNOWLEDGED\", \"at\": \"2026-03-02T09:00:00Z\"}, {\"kind\": \"RESOLVED\", \"at\": \"2026-03-02T10:00:00\"}]}";

        RuleViolation refused = assertThrows(RuleViolation.class, () -> JsonBodies.read(bytes(body), RequestHistory.class));

        assertEquals("events[1].at", refused.field());
        assertEquals("api.json.instant", refused.messageKey());
    }

    @Test
    void aHistoryIsReadWithItsInstantsInUtcAndANullEventKeptForItsRules() {
        String body = "{\"submittedAt\": \"2026-03-02T09:00:00+01:00\", \"events\": [{\"kind\": \"ACKNOWLEDGED\", \"at\": \"2026-03-02T09:00:00Z\"}, null]}";

        RequestHistory read = JsonBodies.read(bytes(body), RequestHistory.class);

        assertEquals(Instant.parse("2026-03-02T08:00:00Z"), read.submittedAt());
        assertEquals(new RequestHistory.Step("ACKNOWLEDGED", Instant.parse("2026-03-02T09:00:00Z"), null, null, null, null),
                read.events().get(0));
        assertNull(read.events().get(1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"events\": {}}  | events    | api.json.list",
        "{\"events\": [1]} | events[0] | api.json.object",
    })
    void aListOrAnObjectOfTheWrongShapeIsNamed(String body, String field, String messageKey) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> JsonBodies.read(bytes(body), RequestHistory.class));

        assertEquals(field, refused.field());
        assertEquals(messageKey, refused.messageKey());
    }

    @Test
    void aBodyThatIsNoObjectIsRefusedAsAWhole() {
        assertEquals("api.body", refusal("").messageKey());
        assertEquals("api.body", refusal("null").messageKey());
        assertEquals("api.json.object", refusal("[]").messageKey());
        assertEquals("api.json.object", refusal("\"text\"").messageKey());
        assertNull(refusal("[]").field());
    }

    @Test
    void malformedJsonIsRefusedWithWhereItBroke() {
        RuleViolation refused = refusal("{\n  \"title\": }");

        assertEquals("api.json.syntax", refused.messageKey());
        assertEquals(2L, ((Number) refused.arguments()[0]).longValue(), "the line");
    }

    @Test
    void whatTheParserWillNotReadIsRefusedNotThrown() {
        assertEquals("api.json.unreadable", refusal("[".repeat(100_000) + "]".repeat(100_000)).messageKey(), "nesting");
        assertEquals("api.json.unreadable", refusal("{\"serviceId\": 1" + "0".repeat(5_000) + "}").messageKey(), "a long number");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotReplaced() {
        byte[] latin1 = "{\"title\": \"Caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

        RuleViolation refused = assertThrows(RuleViolation.class, () -> JsonBodies.read(latin1, ApiViews.NewRequest.class));

        assertEquals("api.json.encoding", refused.messageKey());
        assertArrayEquals(new Object[0], refused.arguments());
    }

    private static RuleViolation refusal(String body) {
        return assertThrows(RuleViolation.class, () -> JsonBodies.read(bytes(body), ApiViews.NewRequest.class));
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
