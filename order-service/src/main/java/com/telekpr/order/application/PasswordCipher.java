package com.telekpr.order.application;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Profile passwords at rest: AES-256-GCM with a random 12-byte nonce per value, stored as
 * base64(nonce ‖ ciphertext ‖ tag). Also makes strong passwords for users who ask for one.
 */
@Startup // a missing or malformed key stops the service at start, not at the first registration
@ApplicationScoped
public class PasswordCipher {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%&*?";
    static final int GENERATED_LENGTH = 16;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    PasswordCipher(CustomerConfig config) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(config.passwordKey().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("telekpr.customer.password-key (TELEKPR_CUSTOMER_PASSWORD_KEY) is not base64");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("telekpr.customer.password-key (TELEKPR_CUSTOMER_PASSWORD_KEY) must be 32"
                    + " bytes in base64 (openssl rand -base64 32), was " + raw.length + " bytes");
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    public String encrypt(String password) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("password encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored password cannot be decrypted with the configured key", e);
        }
    }

    public String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
