package com.telekpr.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.Optional;

/**
 * The {@code kid} of a bearer token's header, read before any check: it only picks which key checks the token (the
 * signer's current key or one it retired in a rotation), and that key then checks everything.
 */
public final class JwtHeader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_HEADER = 2048;

    private JwtHeader() {
    }

    public static Optional<String> keyId(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Optional.empty();
        }
        String token = authorization.substring("Bearer ".length());
        int dot = token.indexOf('.');
        if (dot <= 0 || dot > MAX_HEADER) {
            return Optional.empty();
        }
        try {
            JsonNode kid = JSON.readTree(Base64.getUrlDecoder().decode(token.substring(0, dot))).path("kid");
            return kid.isTextual() ? Optional.of(kid.asText()) : Optional.empty();
        } catch (IOException | IllegalArgumentException notAToken) {
            return Optional.empty();
        }
    }
}
