package com.telekpr.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/** The RSA keys tokens are signed with: read from a deployer's PEM file (PKCS#8), or made at start in dev and tests. */
public final class RsaKeys {
    private RsaKeys() {
    }

    /** The pair of the PKCS#8 PEM private key in {@code file} ({@code what} names it in errors). */
    public static KeyPair read(Path file, String what) {
        try {
            String pem = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory factory = KeyFactory.getInstance("RSA");
            var key = (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            var publicKey = factory.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            return new KeyPair(publicKey, key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException(what + " " + file + " is not a PEM RSA private key in PKCS#8 (BEGIN PRIVATE KEY)", e);
        }
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM makes RSA keys", e);
        }
    }

    /** The public key as base64 SubjectPublicKeySpec, the form quarkus-oidc's public-key and our settings take. */
    public static String publicKeyBase64(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** A public key given as base64 SubjectPublicKeyInfo (a setting's form); {@code what} names the setting. */
    public static PublicKey publicKey(String base64, String what) {
        try {
            return java.security.KeyFactory.getInstance("RSA").generatePublic(
                    new java.security.spec.X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(what + " holds a value that is no base64 RSA public key (SubjectPublicKeyInfo)", e);
        }
    }

    /** The key id of a public key given as base64 SubjectPublicKeyInfo. */
    public static String keyIdOf(String publicKeyBase64) {
        return keyId(publicKey(publicKeyBase64, "a public key setting"));
    }

    /** A key id (kid): the start of the public key's SHA-256, so a new key has a new id. */
    public static String keyId(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
