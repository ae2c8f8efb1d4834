package com.telekpr.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The issuer is read from the token's claims before any check; whatever is not a readable JWT has none. */
class IssuerTenantResolverTest {
    private static String bearer(String claims) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return "Bearer " + url.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".signature";
    }

    @Test
    void theIssuerOfAToken() {
        assertEquals("bot-gateway", IssuerTenantResolver.issuer(bearer("{\"iss\":\"bot-gateway\",\"aud\":\"order-service\"}")));
    }

    @Test
    void noIssuerWhenThereIsNoReadableToken() {
        assertNull(IssuerTenantResolver.issuer(null));
        assertNull(IssuerTenantResolver.issuer("Basic dXNlcjpwYXNz"));
        assertNull(IssuerTenantResolver.issuer("Bearer not-a-jwt"));
        assertNull(IssuerTenantResolver.issuer("Bearer a.%%%.c"));
        assertNull(IssuerTenantResolver.issuer(bearer("[1, 2]")));
        assertNull(IssuerTenantResolver.issuer(bearer("{\"iss\": 7}")));
        assertNull(IssuerTenantResolver.issuer(bearer("{\"sub\":\"x\"}")));
    }
}
