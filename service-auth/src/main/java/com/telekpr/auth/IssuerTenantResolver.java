package com.telekpr.auth;

import com.telekpr.rest.RsaKeys;
import com.telekpr.rest.UnverifiedJwt;
import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Picks the tenant by the bearer token's issuer, read before any check (the tenant then checks everything, signature
 * first): a caller's name, admin-api for staff (its current key, or one it retired, by the token's kid), or the
 * external staff issuer. Anything else goes to the default tenant, which lets nothing in.
 */
@ApplicationScoped
public class IssuerTenantResolver implements TenantResolver {
    private final ServiceAuthConfig config;
    private final Set<String> retiredStaffKeys;

    IssuerTenantResolver(ServiceAuthConfig config) {
        this.config = config;
        this.retiredStaffKeys = config.staffRetiredPublicKeys().orElse(List.of()).stream()
                .map(RsaKeys::keyIdOf).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String resolve(RoutingContext context) {
        String issuer = UnverifiedJwt.issuer(context.request().getHeader("Authorization")).orElse(null);
        if (issuer == null) {
            return null;
        }
        if (issuer.equals(config.staffIssuer()) && config.staffPublicKey().isPresent()) {
            // a token of a key retired by a rotation meets that key's tenant; any other kid, the current key's
            return UnverifiedJwt.keyId(context.request().getHeader("Authorization"))
                    .filter(retiredStaffKeys::contains).map(CallerTenants::retiredStaff).orElse(CallerTenants.STAFF);
        }
        if (config.staffExternalIssuer().filter(issuer::equals).isPresent()) {
            return CallerTenants.EXTERNAL_STAFF;
        }
        return config.callers().containsKey(issuer) ? issuer : null;
    }
}
