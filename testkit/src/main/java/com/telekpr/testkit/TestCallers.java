package com.telekpr.testkit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keys made for this test JVM, one per service of the suite and one for admin-api's staff tokens: their public halves
 * are the services' trusted callers ({@link #settings()}, through {@link TelekprInfrastructure}), and tests sign with
 * the private halves the tokens a real caller would send. Nothing of them is kept anywhere.
 */
public final class TestCallers {
    public static final List<String> SERVICES = List.of("bot-gateway", "order-service", "wallet-service", "payment-service",
            "notification-service", "admin-api");
    private static final String STAFF = "staff";
    /** A staff key retired by a rotation: its tokens still pass until they expire. */
    private static final String RETIRED_STAFF = "staff-retired";
    private static final Map<String, KeyPair> KEYS = new HashMap<>();

    private TestCallers() {
    }

    /** What every service under test is started with: its callers' public keys, admin-api's staff key, a key of its own. */
    public static synchronized Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        for (String service : SERVICES) {
            settings.put("telekpr.service-auth.callers." + service, publicKey(service));
        }
        settings.put("telekpr.service-auth.staff-public-key", publicKey(STAFF));
        settings.put("telekpr.service-auth.staff-retired-public-keys", publicKey(RETIRED_STAFF));
        settings.put("telekpr.admin.sign-in.retired-public-keys", publicKey(RETIRED_STAFF));
        settings.put("telekpr.service-auth.generate-signing-key", "true");
        return settings;
    }

    /** A service token of {@code caller} for calling {@code audience}, good for five minutes. */
    public static String token(String caller, String audience) {
        long now = Instant.now().getEpochSecond();
        return sign(caller, "{\"iss\":\"" + caller + "\",\"sub\":\"" + caller + "\",\"aud\":\"" + audience + "\",\"iat\":"
                + now + ",\"exp\":" + (now + 300) + "}");
    }

    /** A staff token of admin-api for a staff member of {@code role} (admin or operator). */
    public static String staffToken(String role) {
        return staffToken(role, null);
    }

    /** A staff token of an account linked to {@code telegramUser} (none when null), as admin-api signs it. */
    public static String staffToken(String role, java.util.UUID telegramUser) {
        long now = Instant.now().getEpochSecond();
        String linked = telegramUser == null ? "" : ",\"telegram_user_id\":\"" + telegramUser + "\"";
        return sign(STAFF, "{\"iss\":\"telekpr-admin\",\"sub\":\"" + java.util.UUID.randomUUID() + "\",\"aud\":\"telekpr-staff\","
                + "\"groups\":[\"" + role + "\"],\"iat\":" + now + ",\"exp\":" + (now + 300) + linked + "}");
    }

    /** A staff token signed with admin-api's retired key, its kid in the header, as issued before a rotation. */
    public static String retiredStaffToken(String role) {
        long now = Instant.now().getEpochSecond();
        String kid = com.telekpr.rest.RsaKeys.keyId(pair(RETIRED_STAFF).getPublic());
        return sign(RETIRED_STAFF, "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}", "{\"iss\":\"telekpr-admin\","
                + "\"sub\":\"" + java.util.UUID.randomUUID() + "\",\"aud\":\"telekpr-staff\",\"groups\":[\"" + role + "\"],\"iat\":"
                + now + ",\"exp\":" + (now + 300) + "}");
    }

    /** {@code claims} signed (RS256) with the key of {@code signer}, which tests may also use to forge a token. */
    public static String sign(String signer, String claims) {
        return sign(signer, "{\"alg\":\"RS256\",\"typ\":\"JWT\"}", claims);
    }

    private static String sign(String signer, String header, String claims) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String content = url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey(signer));
            signature.update(content.getBytes(StandardCharsets.US_ASCII));
            return content + "." + url.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM signs with RSA", e);
        }
    }

    private static synchronized PrivateKey privateKey(String name) {
        return pair(name).getPrivate();
    }

    private static String publicKey(String name) {
        return Base64.getEncoder().encodeToString(pair(name).getPublic().getEncoded());
    }

    private static synchronized KeyPair pair(String name) {
        return KEYS.computeIfAbsent(name, ignored -> {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("every JVM makes RSA keys", e);
            }
        });
    }
}
