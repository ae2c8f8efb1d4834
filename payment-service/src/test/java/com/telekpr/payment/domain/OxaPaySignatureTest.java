package com.telekpr.payment.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OxaPaySignatureTest {
    private static final byte[] BODY = "{\"track_id\":\"184729301\",\"status\":\"Paid\",\"amount\":50.0}"
            .getBytes(StandardCharsets.UTF_8);
    /** printf '%s' '{"track_id":"184729301","status":"Paid","amount":50.0}' | openssl dgst -sha512 -hmac 'merchant-key-123' */
    private static final String OPENSSL = "b3bb1a18339c4968bdeef65afa2cc0eb5d419362f00d2afa333e0600eb677ee45dd6971c2c"
            + "38313bba1881d927cb3845fa9204d1705e8c76627dea5dee914500";
    private final OxaPaySignature signature = new OxaPaySignature("merchant-key-123");

    @Test
    void anIndependentlyComputedSignatureIsAccepted() {
        assertTrue(signature.matches(BODY, OPENSSL));
        assertTrue(signature.matches(BODY, OPENSSL.toUpperCase()));
    }

    @Test
    void anythingElseIsRefused() {
        assertFalse(signature.matches(BODY, null));
        assertFalse(signature.matches(BODY, ""));
        assertFalse(signature.matches(BODY, OPENSSL.substring(1)));
        assertFalse(new OxaPaySignature("another-key").matches(BODY, OPENSSL));
        byte[] tampered = "{\"track_id\":\"184729301\",\"status\":\"Paid\",\"amount\":500.0}".getBytes(StandardCharsets.UTF_8);
        assertFalse(signature.matches(tampered, OPENSSL));
    }
}
