package com.telekpr.admin.domain.staff;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA-1, 30-second steps, 6 digits, what every
 * authenticator app does by default. A code of the step before or after is accepted too (clocks drift, people type
 * slowly), but never a step at or before the last one used, so a code seen over a shoulder cannot be replayed.
 */
public final class Totp {
    public static final int STEP_SECONDS = 30;
    private static final int DIGITS = 6;
    private static final int MODULUS = 1_000_000;

    private Totp() {
    }

    /** The step {@code at} falls in. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of {@code step} for {@code secret}, with leading zeros. */
    public static String code(byte[] secret, long step) {
        return String.format("%0" + DIGITS + "d", truncated(hmac(secret, step)) % MODULUS);
    }

    /**
     * The step whose code {@code code} is, among now's and its two neighbours, if it is later than {@code lastUsed}
     * (Long.MIN_VALUE when none was used yet).
     */
    public static OptionalLong matchingStep(byte[] secret, String code, Instant now, long lastUsed) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastUsed && constantTimeEquals(code(secret, step), code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** RFC 4226's dynamic truncation: 31 bits taken at the offset the last nibble names. */
    static int truncated(byte[] hmac) {
        int offset = hmac[hmac.length - 1] & 0x0f;
        return ((hmac[offset] & 0x7f) << 24) | ((hmac[offset + 1] & 0xff) << 16) | ((hmac[offset + 2] & 0xff) << 8)
                | (hmac[offset + 3] & 0xff);
    }

    static byte[] hmac(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            return mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA1", e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
