package com.telekpr.payment.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OxaPay signs each callback: header HMAC = hex HMAC-SHA512 of the raw body, keyed with the merchant API
 * key. Checked on the raw bytes, before any parsing, in constant time.
 */
public final class OxaPaySignature {
    private final SecretKeySpec key;

    public OxaPaySignature(String merchantKey) {
        this.key = new SecretKeySpec(merchantKey.getBytes(StandardCharsets.UTF_8), "HmacSHA512");
    }

    public boolean matches(byte[] rawBody, String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        byte[] expected = HexFormat.of().formatHex(hmac(rawBody)).getBytes(StandardCharsets.US_ASCII);
        byte[] given = header.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    private byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA512 is not available", e);
        }
    }
}
