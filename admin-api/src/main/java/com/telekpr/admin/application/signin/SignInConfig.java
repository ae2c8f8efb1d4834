package com.telekpr.admin.application.signin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "telekpr.admin.sign-in")
public interface SignInConfig {

    /** The admin account that exists from the first start (TELEKPR_ADMIN_USERNAME, TELEKPR_ADMIN_PASSWORD_HASH). */
    FirstAdmin firstAdmin();

    interface FirstAdmin {
        String username();

        /** Its password's bcrypt hash: what a deployer gives. */
        Optional<String> passwordHash();

        /** Its password in clear: %dev and %test only (a prod start with it fails). */
        Optional<String> password();
    }

    /**
     * The PEM file (PKCS#8 RSA private key, mode 0600) staff tokens are signed with
     * (TELEKPR_ADMIN_SIGN_IN_SIGNING_KEY_FILE); required unless {@link #generateSigningKey()}.
     */
    Optional<Path> signingKeyFile();

    /**
     * Public keys (base64 SubjectPublicKeyInfo, comma-separated) of signing keys retired by a rotation
     * (TELEKPR_ADMIN_SIGN_IN_RETIRED_PUBLIC_KEYS): still in the JWKS and accepted until the tokens they signed expire.
     */
    Optional<java.util.List<String>> retiredPublicKeys();

    /** Whether a start without a key file signs with a key of its own made at start (%dev, %test): tokens die with it. */
    @WithDefault("false")
    boolean generateSigningKey();

    /**
     * The key TOTP secrets are sealed with in the database (TELEKPR_ADMIN_SIGN_IN_SECOND_FACTOR_KEY: 32 random bytes,
     * base64, e.g. {@code openssl rand -base64 32}); required in prod.
     */
    String secondFactorKey();

    /** Whether admins must have a second factor (TOTP) before they may do anything (TELEKPR_ADMIN_REQUIRE_2FA). */
    @WithDefault("true")
    boolean requireTwoFactor();

    /**
     * An external OpenID Connect issuer (e.g. a Keycloak realm, TELEKPR_ADMIN_SIGN_IN_EXTERNAL_ISSUER) whose access tokens
     * admin-api takes as staff tokens beside its own: keys from its discovery document, audience telekpr-staff, roles
     * in {@code groups}, an operator's Telegram user in {@code telegram_user_id}.
     */
    Optional<String> externalIssuer();

    /** The {@code iss} of the staff tokens admin-api signs itself. */
    @WithDefault("telekpr-admin")
    String issuer();

    /** How long a staff token lets its bearer in; the refresh cookie gets the next one. */
    @WithDefault("15m")
    Duration accessTokenLifetime();

    /** How long a refresh cookie stays good without use (every refresh replaces it). */
    @WithDefault("12h")
    Duration sessionLifetime();

    /**
     * Where the browser lands after a Telegram login (the panel, which then asks /api/admin/session/refresh for its
     * token); a refusal lands there too, with {@code ?login=refused&error=...}.
     */
    @WithDefault("/")
    String telegramLanding();

    /** Failed logins, for one username or from one client address, before the next waits (HTTP 429). */
    @WithDefault("5")
    int maxFailures();

    /** The window those failures are counted in. */
    @WithDefault("15m")
    Duration failureWindow();

    /** Addresses of the proxies whose X-Forwarded-For is believed (the local stack's 8080 server); none by default. */
    Optional<Set<String>> trustedProxies();
}
