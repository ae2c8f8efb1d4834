package com.telekpr.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "telekpr.service-auth")
public interface ServiceAuthConfig {

    /** This service's name: the audience its callers' tokens must name, and the issuer of the tokens it sends. */
    String name();

    /**
     * The PEM file (PKCS#8 RSA private key, mode 0600) this service signs its calls with
     * (TELEKPR_SERVICE_AUTH_SIGNING_KEY_FILE); required unless {@link #generateSigningKey()}.
     */
    Optional<Path> signingKeyFile();

    /** Whether a start without a key file signs with a key made at start (%dev, %test): no verifier knows it. */
    @WithDefault("false")
    boolean generateSigningKey();

    /**
     * The services that may call this one: name → public key (base64 SubjectPublicKeyInfo). Only they, and only on the
     * endpoints that name them, get in with a service token. None by default: then no service token gets in.
     */
    Map<String, String> callers();

    /** admin-api's staff token public key (base64): staff tokens it forwards are accepted where an endpoint allows staff. */
    Optional<String> staffPublicKey();

    /**
     * admin-api's staff keys retired by a rotation (base64, comma-separated), still accepted until the tokens they signed
     * have expired (15 minutes): tell the services the new key, keep the old one here that long, then drop it.
     */
    Optional<java.util.List<String>> staffRetiredPublicKeys();

    /**
     * An external OpenID Connect issuer whose access tokens are also staff tokens (e.g. a Keycloak realm,
     * TELEKPR_SERVICE_AUTH_STAFF_EXTERNAL_ISSUER): its keys come from its discovery document; its tokens must name the
     * audience telekpr-staff and carry the roles in {@code groups}, as admin-api's own do.
     */
    Optional<String> staffExternalIssuer();

    /** The issuer of staff tokens. */
    @WithDefault("telekpr-admin")
    String staffIssuer();

    /** How long a service token this service sends is good for (a new one is made when a minute is left). */
    @WithDefault("5m")
    Duration tokenLifetime();
}
