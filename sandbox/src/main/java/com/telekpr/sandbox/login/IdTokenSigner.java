package com.telekpr.sandbox.login;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Map;

/** An identity provider's token key (Telegram's, a company IdP's): RS256 signatures and the JWKS of its public half. */
public final class IdTokenSigner {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair key = generate();
    private final KeyPair forger = generate();
    private final String keyId = "sandbox-" + Long.toHexString(System.nanoTime());

    /** {@code claims} as a signed JWT; with {@code forged}, signed by a key the JWKS does not hold. */
    public String sign(Map<String, Object> claims, boolean forged) {
        String header = URL.encodeToString(("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + keyId + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        try {
            String body = URL.encodeToString(JSON.writeValueAsBytes(claims));
            String content = header + "." + body;
            return content + "." + URL.encodeToString(signature(content, (forged ? forger : key).getPrivate()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String jwks() {
        RSAPublicKey publicKey = (RSAPublicKey) key.getPublic();
        ObjectNode jwk = JSON.createObjectNode().put("kty", "RSA").put("use", "sig").put("alg", "RS256").put("kid", keyId)
                .put("n", URL.encodeToString(unsigned(publicKey.getModulus())))
                .put("e", URL.encodeToString(unsigned(publicKey.getPublicExponent())));
        ObjectNode set = JSON.createObjectNode();
        set.putArray("keys").add(jwk);
        return set.toString();
    }

    private static byte[] signature(String content, PrivateKey privateKey) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(privateKey);
            signer.update(content.getBytes(StandardCharsets.US_ASCII));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JWK's big-endian number without the sign byte Java adds. */
    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static KeyPair generate() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
