package com.telekpr.auth;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Picks the tenant by the bearer token's issuer, read before any check (the tenant then checks everything, signature
 * first): a caller's name, or admin-api for staff (its current key, or one it retired, by the token's kid). Anything else goes to the default tenant, which lets nothing in.
 */
@ApplicationScoped
public class IssuerTenantResolver implements TenantResolver {
    private final ServiceAuthConfig config;
    private final java.util.Set<String> retiredStaffKeys;

    IssuerTenantResolver(ServiceAuthConfig config) {
        this.config = config;
        this.retiredStaffKeys = config.staffRetiredPublicKeys().orElse(java.util.List.of()).stream()
                .map(com.telekpr.rest.RsaKeys::keyIdOf).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public String resolve(RoutingContext context) {
        String issuer = issuer(context.request().getHeader("Authorization"));
        if (issuer == null) {
            return null;
        }
        if (issuer.equals(config.staffIssuer()) && config.staffPublicKey().isPresent()) {
            // a token of a key retired by a rotation meets that key's tenant; any other kid, the current key's
            return com.telekpr.rest.JwtHeader.keyId(context.request().getHeader("Authorization"))
                    .filter(retiredStaffKeys::contains).map(CallerTenants::retiredStaff).orElse(CallerTenants.STAFF);
        }
        return config.callers().containsKey(issuer) ? issuer : null;
    }

    static String issuer(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length != 3 || parts[1].length() > 8192) {
            return null;
        }
        try {
            Object issuer = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8))
                    .getValue("iss");
            return issuer instanceof String name ? name : null;
        } catch (IllegalArgumentException | DecodeException | ClassCastException notAToken) {
            return null;
        }
    }
}
