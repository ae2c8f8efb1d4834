package com.telekpr.admin.domain.staff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 appendix B (SHA-1), whose 8-digit values end in our 6 digits. */
    @ParameterizedTest
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void rfc6238TestVectors(long time, String eightDigits) {
        assertEquals(eightDigits.substring(2), Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(time))));
    }

    @Test
    void theNeighbouringStepsAreAcceptedButNothingFurther() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);
        assertEquals(OptionalLong.of(step - 1), Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, Long.MIN_VALUE));
        assertEquals(OptionalLong.of(step + 1), Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, Long.MIN_VALUE));
        assertTrue(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, Long.MIN_VALUE).isEmpty());
    }

    @Test
    void aCodeOfAStepAlreadyUsedIsAReplay() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);
        String code = Totp.code(RFC_SECRET, step);
        assertTrue(Totp.matchingStep(RFC_SECRET, code, now, step).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, step).isEmpty());
    }

    @Test
    void somethingThatIsNotSixDigitsNeverMatches() {
        Instant now = Instant.ofEpochSecond(59);
        assertTrue(Totp.matchingStep(RFC_SECRET, "28708", now, Long.MIN_VALUE).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, "28708a", now, Long.MIN_VALUE).isEmpty());
        assertTrue(Totp.matchingStep(RFC_SECRET, null, now, Long.MIN_VALUE).isEmpty());
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertEquals("MZXW6YTBOI", Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertArrayEquals("foobar".getBytes(StandardCharsets.US_ASCII), Base32.decode("mzxw 6ytb oi======"));
        assertEquals("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Base32.encode(RFC_SECRET));
    }
}
