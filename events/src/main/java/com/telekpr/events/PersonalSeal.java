package com.telekpr.events;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Crypto-shredding of personal fields in event history. A producer seals a person's name, email, phone, address and
 * usernames with that person's own key (AES-256-GCM, the user id as associated data, so a value cannot be moved to
 * another person); erasing the person destroys the key, and every copy of the history, replayed from offset 0, then
 * reads as anonymous. A value without the prefix was written before sealing began and is read as it is.
 */
public final class PersonalSeal {
    public static final String PREFIX = "sealed1:";
    public static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The key, or null once the person is erased. */
    private final byte[] key;

    private PersonalSeal(byte[] key) {
        this.key = key;
    }

    public static PersonalSeal of(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("a personal key has " + KEY_BYTES + " bytes");
        }
        return new PersonalSeal(key.clone());
    }

    /** The seal of an erased person: it opens nothing sealed and seals nothing. */
    public static PersonalSeal erased() {
        return new PersonalSeal(null);
    }

    public static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    public boolean isErased() {
        return key == null;
    }

    public String seal(UUID user, String plain) {
        if (plain == null) {
            return null;
        }
        if (key == null) {
            throw new IllegalStateException("user " + user + " is erased: nothing of theirs is written any more");
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, iv, user).apply(plain.getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
    }

    /** The plain text of {@code value}; null when the person is erased. A value not sealed for this user is malformed. */
    public String open(UUID user, String value) {
        if (!isSealed(value)) {
            return key == null ? null : value;
        }
        if (key == null) {
            return null;
        }
        byte[] whole;
        try {
            whole = Base64.getDecoder().decode(value.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new MalformedMessageException("a sealed field is not base64");
        }
        if (whole.length <= IV_BYTES) {
            throw new MalformedMessageException("a sealed field is too short");
        }
        byte[] iv = java.util.Arrays.copyOf(whole, IV_BYTES);
        byte[] body = java.util.Arrays.copyOfRange(whole, IV_BYTES, whole.length);
        return new String(cipher(Cipher.DECRYPT_MODE, iv, user).apply(body), StandardCharsets.UTF_8);
    }

    /** Every identifying field of {@code details} sealed; gender, country and date of birth stay readable for statistics. */
    public CustomerDetails sealDetails(UUID user, CustomerDetails details) {
        return details.withIdentifying(value -> seal(user, value));
    }

    /** {@code details} opened; for an erased person nothing at all, not even the fields that were never sealed. */
    public CustomerDetails openDetails(UUID user, CustomerDetails details) {
        if (key == null) {
            return CustomerDetails.NONE;
        }
        return details.withIdentifying(value -> open(user, value));
    }

    private interface Step {
        byte[] apply(byte[] input);
    }

    private Step cipher(int mode, byte[] iv, UUID user) {
        return input -> {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
                cipher.updateAAD(user.toString().getBytes(StandardCharsets.UTF_8));
                return cipher.doFinal(input);
            } catch (GeneralSecurityException e) {
                throw new MalformedMessageException("a sealed field does not open with user " + user + "'s key");
            }
        };
    }
}
