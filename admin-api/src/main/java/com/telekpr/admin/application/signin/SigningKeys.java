package com.telekpr.admin.application.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import jakarta.inject.Singleton;

/**
 * The key staff tokens are signed with (RS256), read from the deployer's PEM file, or made at start where
 * {@code generate-signing-key} allows it; its public half is what quarkus-oidc verifies with and what the JWKS shows.
 */
@Singleton
public class SigningKeys {
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;

    SigningKeys(SignInConfig config) {
        KeyPair pair = config.signingKeyFile().map(SigningKeys::read).orElseGet(() -> {
            if (!config.generateSigningKey()) {
                throw new IllegalStateException("telekpr.admin.sign-in.signing-key-file (TELEKPR_ADMIN_SIGN_IN_SIGNING_KEY_FILE)"
                        + " is required: the PEM file of the RSA private key (PKCS#8) staff tokens are signed with");
            }
            return generate();
        });
        this.privateKey = pair.getPrivate();
        this.publicKey = (RSAPublicKey) pair.getPublic();
        this.keyId = fingerprint(publicKey);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** The key's id (kid): the start of its public key's SHA-256, so a new key has a new id. */
    public String keyId() {
        return keyId;
    }

    /** The public key as base64 SubjectPublicKeyInfo, the form quarkus-oidc's public-key takes. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** The JSON Web Key Set other verifiers fetch (RFC 7517). */
    public Map<String, Object> jwks() {
        return Map.of("keys", List.of(Map.of("kty", "RSA", "use", "sig", "alg", "RS256", "kid", keyId,
                "n", URL.encodeToString(unsigned(publicKey.getModulus().toByteArray())),
                "e", URL.encodeToString(unsigned(publicKey.getPublicExponent().toByteArray())))));
    }

    private static KeyPair read(java.nio.file.Path file) {
        try {
            String pem = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory factory = KeyFactory.getInstance("RSA");
            var key = (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            var publicKey = factory.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            return new KeyPair(publicKey, key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the staff token signing key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException(file + " is not a PEM RSA private key in PKCS#8 (BEGIN PRIVATE KEY)", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM makes RSA keys", e);
        }
    }

    private static String fingerprint(RSAPublicKey key) {
        try {
            return URL.encodeToString(MessageDigest.getInstance("SHA-256").digest(key.getEncoded())).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A JWK's big integers are unsigned big-endian: no leading zero byte of Java's two's complement. */
    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
