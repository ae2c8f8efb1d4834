package com.telekpr.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

/**
 * What a bearer token says of itself before any check: its header's {@code kid} and its {@code iss}. They only pick
 * which key or issuer checks the token (a caller's, the current staff key, one retired by a rotation, an external
 * issuer), and that check then covers everything, signature first.
 */
public final class UnverifiedJwt {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_PART = 8192;

    private UnverifiedJwt() {
    }

    public static Optional<String> keyId(String authorization) {
        return part(authorization, 0).map(header -> header.path("kid")).filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    public static Optional<String> issuer(String authorization) {
        return part(authorization, 1).map(claims -> claims.path("iss")).filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    private static Optional<JsonNode> part(String authorization, int index) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Optional.empty();
        }
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        if (parts.length != 3 || parts[index].length() > MAX_PART) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(Base64.getUrlDecoder().decode(parts[index])));
        } catch (IOException | IllegalArgumentException notAToken) {
            return Optional.empty();
        }
    }
}
