package com.telekpr.admin.application.signin;

import com.telekpr.rest.RsaKeys;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
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
    /** The keys retired by a rotation: key id → key, and key id → base64, made once (every request asks). */
    private final Map<String, RSAPublicKey> retired = new java.util.LinkedHashMap<>();
    private final Map<String, String> retiredBase64;

    SigningKeys(SignInConfig config) {
        KeyPair pair = config.signingKeyFile().map(file -> RsaKeys.read(file, "the staff token signing key")).orElseGet(() -> {
            if (!config.generateSigningKey()) {
                throw new IllegalStateException("telekpr.admin.sign-in.signing-key-file (TELEKPR_ADMIN_SIGN_IN_SIGNING_KEY_FILE)"
                        + " is required: the PEM file of the RSA private key (PKCS#8) staff tokens are signed with");
            }
            return RsaKeys.generate();
        });
        this.privateKey = pair.getPrivate();
        this.publicKey = (RSAPublicKey) pair.getPublic();
        this.keyId = RsaKeys.keyId(publicKey);
        Map<String, String> base64 = new java.util.LinkedHashMap<>();
        config.retiredPublicKeys().orElse(List.of()).forEach(key -> {
            var retiredKey = (RSAPublicKey) RsaKeys.publicKey(key, "telekpr.admin.sign-in.retired-public-keys");
            retired.put(RsaKeys.keyId(retiredKey), retiredKey);
            base64.put(RsaKeys.keyId(retiredKey), RsaKeys.publicKeyBase64(retiredKey));
        });
        this.retiredBase64 = java.util.Collections.unmodifiableMap(base64);
    }

    /** The keys retired by a rotation, by key id, as base64 SubjectPublicKeyInfo: their tokens still pass until expiry. */
    public Map<String, String> retiredPublicKeys() {
        return retiredBase64;
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
        return RsaKeys.publicKeyBase64(publicKey);
    }

    /** The JSON Web Key Set other verifiers fetch (RFC 7517): the current key first, then the retired ones. */
    public Map<String, Object> jwks() {
        List<Map<String, Object>> keys = new java.util.ArrayList<>();
        keys.add(jwk(keyId, publicKey));
        retired.forEach((id, key) -> keys.add(jwk(id, key)));
        return Map.of("keys", keys);
    }

    private static Map<String, Object> jwk(String id, RSAPublicKey key) {
        return Map.of("kty", "RSA", "use", "sig", "alg", "RS256", "kid", id,
                "n", URL.encodeToString(unsigned(key.getModulus().toByteArray())),
                "e", URL.encodeToString(unsigned(key.getPublicExponent().toByteArray())));
    }

    /** A JWK's big integers are unsigned big-endian: no leading zero byte of Java's two's complement. */
    private static byte[] unsigned(byte[] bytes) {
        return bytes.length > 1 && bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
