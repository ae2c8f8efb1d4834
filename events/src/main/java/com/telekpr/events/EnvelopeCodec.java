package com.telekpr.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.UUID;

/** Reads and writes envelopes as JSON. Anything that is not a readable envelope is a {@link MalformedMessageException}. */
public final class EnvelopeCodec {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // A tolerant reader: a field added by a newer producer must not break an older consumer.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // money travels as written: 50.00 must not come back as the double 50.0
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private EnvelopeCodec() {
    }

    public static String encode(Envelope envelope) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", envelope.id().toString());
        node.put("type", envelope.type());
        node.put("source", envelope.source());
        node.put("time", envelope.time().toString());
        node.put("subject", envelope.subject());
        node.put("userId", text(envelope.userId()));
        node.put("correlationId", text(envelope.correlationId()));
        node.put("causationId", text(envelope.causationId()));
        node.put("version", envelope.version());
        node.set("data", JSON.valueToTree(envelope.data()));
        return node.toString();
    }

    public static Envelope decode(String json) {
        JsonNode node = parse(json);
        String typeName = requiredText(node, "type");
        var type = MessageTypes.byName(typeName)
                .orElseThrow(() -> new MalformedMessageException("unknown message type '" + typeName + "'"));
        if (!node.path("version").isInt()) {
            throw new MalformedMessageException("envelope field 'version' is missing or not a whole number");
        }
        int version = node.get("version").asInt();
        if (version < 1 || version > type.version()) {
            throw new MalformedMessageException(typeName + " version " + node.path("version")
                    + " is not readable (this reader knows versions 1.." + type.version() + ")");
        }
        JsonNode data = node.get("data");
        if (data == null || !data.isObject()) {
            throw new MalformedMessageException(typeName + " has no data object");
        }
        try {
            return new Envelope(
                    uuid(node, "id", true), typeName, requiredText(node, "source"),
                    instant(node), optionalText(node, "subject"),
                    uuid(node, "userId", false), uuid(node, "correlationId", true), uuid(node, "causationId", false),
                    version, JSON.treeToValue(data, type.javaType()));
        } catch (JsonProcessingException | RuntimeException e) {
            if (e instanceof MalformedMessageException malformed) {
                throw malformed;
            }
            throw new MalformedMessageException(typeName + " data does not fit its record: " + firstLine(e), e);
        }
    }

    /** The mapper the contract is written with, for code that reads or writes its records outside an envelope. */
    public static ObjectMapper json() {
        return JSON;
    }

    private static JsonNode parse(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedMessageException("empty message");
        }
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                throw new MalformedMessageException("message is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new MalformedMessageException("message is not valid JSON: " + firstLine(e), e);
        }
    }

    private static String requiredText(JsonNode node, String field) {
        String value = optionalText(node, field);
        if (value == null || value.isBlank()) {
            throw new MalformedMessageException("envelope field '" + field + "' is missing");
        }
        return value;
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static UUID uuid(JsonNode node, String field, boolean required) {
        String value = required ? requiredText(node, field) : optionalText(node, field);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException("envelope field '" + field + "' is not a UUID: " + value);
        }
    }

    private static Instant instant(JsonNode node) {
        String value = requiredText(node, "time");
        try {
            return Instant.parse(value);
        } catch (java.time.DateTimeException e) {
            throw new MalformedMessageException("envelope field 'time' is not an ISO-8601 instant: " + value);
        }
    }

    private static String text(UUID value) {
        return value == null ? null : value.toString();
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
