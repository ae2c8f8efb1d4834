package com.telekpr.sandbox.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a Bot API call's parameters the ways Telegram accepts them: the URL query string, and a body in
 * application/json, application/x-www-form-urlencoded or multipart/form-data.
 */
final class RequestBodyParser {
    private RequestBodyParser() {
    }

    static BotRequest parse(String rawQuery, String contentType, byte[] body) {
        Map<String, String> fields = new HashMap<>();
        Map<String, FilePart> files = new HashMap<>();
        if (rawQuery != null) {
            readForm(rawQuery, fields);
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (body.length == 0) {
            return new BotRequest(fields, files);
        }
        if (type.startsWith("multipart/form-data")) {
            MultipartParser.parse(contentType, body, fields, files);
        } else if (type.startsWith("application/json") || (type.isEmpty() && body[0] == '{')) {
            readJson(body, fields);
        } else {
            readForm(new String(body, StandardCharsets.UTF_8), fields);
        }
        return new BotRequest(fields, files);
    }

    private static void readJson(byte[] body, Map<String, String> fields) {
        JsonNode root;
        try {
            root = TelegramJson.JSON.readTree(body);
        } catch (IOException malformed) {
            throw BotApiError.badRequest("can't parse JSON object");
        }
        if (root == null || !root.isObject()) {
            throw BotApiError.badRequest("can't parse JSON object");
        }
        // strings as they are, numbers and booleans as their text, objects and arrays as JSON text like in a form
        root.fields().forEachRemaining(field -> {
            if (!field.getValue().isNull()) {
                fields.put(field.getKey(), field.getValue().isValueNode() ? field.getValue().asText()
                        : field.getValue().toString());
            }
        });
    }

    private static void readForm(String form, Map<String, String> fields) {
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
    }
}
