package com.telekpr.admin.application.signin;

import io.quarkus.oidc.Oidc;
import io.quarkus.oidc.OidcTenantConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * quarkus-oidc's default tenant, made at start because the key is only known then: bearer tokens must be signed with
 * admin-api's key, issued by it, meant for staff and unexpired; their {@code groups} are the caller's roles. A key retired
 * by a rotation has a tenant of its own, met by its tokens' kid (StaffTenants), until they have expired; so has an
 * external issuer, when one is set.
 */
@ApplicationScoped
public class StaffTokenVerifier {
    /** The {@code aud} of every staff token: the panel's API, not another service's. */
    public static final String AUDIENCE = "telekpr-staff";

    private final SigningKeys keys;
    private final SignInConfig config;

    StaffTokenVerifier(SigningKeys keys, SignInConfig config) {
        this.keys = keys;
        this.config = config;
    }

    void createTenant(@Observes Oidc oidc) {
        oidc.create(staff(OidcTenantConfig.builder().publicKey(keys.publicKeyBase64()), config.issuer()));
        keys.retiredPublicKeys().forEach((keyId, publicKey) ->
                oidc.create(staff(OidcTenantConfig.builder().tenantId(StaffTenants.retired(keyId)).publicKey(publicKey),
                        config.issuer())));
        config.externalIssuer().ifPresent(issuer -> oidc.create(staff(OidcTenantConfig.builder()
                .tenantId(StaffTenants.EXTERNAL).authServerUrl(issuer), issuer)));
    }

    private static OidcTenantConfig staff(io.quarkus.oidc.OidcTenantConfigBuilder tenant, String issuer) {
        return tenant.token().issuer(issuer).audience(AUDIENCE).end().roles().roleClaimPath("groups").end().build();
    }
}
