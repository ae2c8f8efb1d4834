package com.telekpr.admin.application.signin;

import com.telekpr.rest.UnverifiedJwt;
import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which tenant checks a bearer token, read before any check (the tenant then checks everything): the external issuer's
 * when the token names it as {@code iss}, a retired key's when its kid names one; every other request goes on to the
 * path's tenant (Log in with Telegram) or the default one (the current key).
 */
@ApplicationScoped
public class StaffTenants implements TenantResolver {
    static final String EXTERNAL = "external";

    private final SigningKeys keys;
    private final SignInConfig config;

    StaffTenants(SigningKeys keys, SignInConfig config) {
        this.keys = keys;
        this.config = config;
    }

    static String retired(String keyId) {
        return "retired-" + keyId;
    }

    @Override
    public String resolve(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        if (config.externalIssuer().filter(issuer -> UnverifiedJwt.issuer(authorization).filter(issuer::equals).isPresent())
                .isPresent()) {
            return EXTERNAL;
        }
        return UnverifiedJwt.keyId(authorization).filter(keys.retiredPublicKeys()::containsKey).map(StaffTenants::retired)
                .orElse(null);
    }
}
