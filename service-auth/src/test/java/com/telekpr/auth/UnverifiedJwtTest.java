package com.telekpr.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.rest.UnverifiedJwt;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Issuer and key id are read from the token before any check; whatever is not a readable JWT has none. */
class UnverifiedJwtTest {
    private static String bearer(String claims) {
        return bearer("{\"alg\":\"RS256\"}", claims);
    }

    private static String bearer(String header, String claims) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return "Bearer " + url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

    private static String issuer(String authorization) {
        return UnverifiedJwt.issuer(authorization).orElse(null);
    }

    @Test
    void theKeyIdOfATokenIfItNamesOne() {
        assertEquals("k-2026", UnverifiedJwt.keyId(bearer("{\"alg\":\"RS256\",\"kid\":\"k-2026\"}", "{}")).orElseThrow());
        assertTrue(UnverifiedJwt.keyId(bearer("{}")).isEmpty());
        assertTrue(UnverifiedJwt.keyId(bearer("{\"kid\": 5}", "{}")).isEmpty());
        assertTrue(UnverifiedJwt.keyId("Bearer %%%.b.c").isEmpty());
    }

    @Test
    void theIssuerOfAToken() {
        assertEquals("bot-gateway", issuer(bearer("{\"iss\":\"bot-gateway\",\"aud\":\"order-service\"}")));
    }

    @Test
    void noIssuerWhenThereIsNoReadableToken() {
        assertNull(issuer(null));
        assertNull(issuer("Basic dXNlcjpwYXNz"));
        assertNull(issuer("Bearer not-a-jwt"));
        assertNull(issuer("Bearer a.%%%.c"));
        assertNull(issuer(bearer("[1, 2]")));
        assertNull(issuer(bearer("{\"iss\": 7}")));
        assertNull(issuer(bearer("{\"sub\":\"x\"}")));
    }
}
