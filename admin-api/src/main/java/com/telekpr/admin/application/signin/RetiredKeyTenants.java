package com.telekpr.admin.application.signin;

import com.telekpr.rest.JwtHeader;
import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A bearer token whose kid names a key retired by a rotation meets that key's tenant; every other request goes on to
 * the path's tenant (Log in with Telegram) or the default one (the current key), as before.
 */
@ApplicationScoped
public class RetiredKeyTenants implements TenantResolver {
    private final SigningKeys keys;

    RetiredKeyTenants(SigningKeys keys) {
        this.keys = keys;
    }

    static String tenantOf(String keyId) {
        return "retired-" + keyId;
    }

    @Override
    public String resolve(RoutingContext context) {
        return JwtHeader.keyId(context.request().getHeader("Authorization"))
                .filter(keys.retiredPublicKeys()::containsKey).map(RetiredKeyTenants::tenantOf).orElse(null);
    }
}
