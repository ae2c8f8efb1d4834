package com.telekpr.auth;

import io.quarkus.arc.Unremovable;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens this service's calls carry: issuer and subject its name, audience the called service, a few minutes long.
 * Unremovable: the REST clients' {@link ServiceTokenFilter} looks it up, which Arc cannot see as a use.
 */
@Unremovable
@ApplicationScoped
public class ServiceTokens {
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(1);

    private record Issued(String token, Instant expires) {
    }

    private final ServiceKey key;
    private final ServiceAuthConfig config;
    private final Map<String, Issued> byAudience = new ConcurrentHashMap<>();

    ServiceTokens(ServiceKey key, ServiceAuthConfig config) {
        this.key = key;
        this.config = config;
    }

    /** A token for calling {@code audience}, the same one until a minute before it expires. */
    public String forAudience(String audience) {
        Instant now = Instant.now();
        return byAudience.compute(audience, (callee, issued) -> issued != null && issued.expires().minus(RENEW_BEFORE).isAfter(now)
                ? issued : issue(callee, now)).token();
    }

    private Issued issue(String audience, Instant now) {
        Instant expires = now.plus(config.tokenLifetime());
        String token = Jwt.issuer(config.name()).subject(config.name()).audience(audience).issuedAt(now).expiresAt(expires)
                .jws().keyId(key.keyId()).sign(key.pair().getPrivate());
        return new Issued(token, expires);
    }
}
