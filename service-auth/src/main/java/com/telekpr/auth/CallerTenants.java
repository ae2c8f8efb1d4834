package com.telekpr.auth;

import com.telekpr.rest.RsaKeys;
import io.quarkus.oidc.Oidc;
import io.quarkus.oidc.OidcTenantConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * quarkus-oidc's tenants, one per thing that may call: each known caller (its key, issued by it, for this service;
 * its name becomes its role, taken from {@code iss}, which the tenant pins: never from a claim the caller chooses),
 * admin-api's staff tokens (roles from groups; a key retired by a rotation has its own) and, when configured, an
 * external issuer's staff tokens (its keys from its discovery document). The default tenant is what a token of
 * nobody known meets: it verifies with a key nobody holds, so it lets nothing in.
 */
@ApplicationScoped
public class CallerTenants {
    static final String STAFF = "staff";
    static final String STAFF_AUDIENCE = "telekpr-staff";
    static final String EXTERNAL_STAFF = "staff-external";

    private final ServiceAuthConfig config;

    CallerTenants(ServiceAuthConfig config) {
        this.config = config;
    }

    void createTenants(@Observes Oidc oidc) {
        oidc.create(OidcTenantConfig.builder().publicKey(RsaKeys.publicKeyBase64(RsaKeys.generate().getPublic()))
                .token().issuer("nobody").end().build());
        config.callers().forEach((caller, publicKey) -> oidc.create(OidcTenantConfig.builder().tenantId(caller)
                .publicKey(publicKey).token().issuer(caller).audience(config.name()).end()
                .roles().roleClaimPath("iss").end().build()));
        config.staffPublicKey().ifPresent(publicKey -> oidc.create(staff(STAFF, publicKey)));
        config.staffRetiredPublicKeys().orElse(java.util.List.of()).forEach(publicKey ->
                oidc.create(staff(retiredStaff(RsaKeys.keyIdOf(publicKey)), publicKey)));
        config.staffExternalIssuer().ifPresent(issuer -> oidc.create(OidcTenantConfig.builder().tenantId(EXTERNAL_STAFF)
                .authServerUrl(issuer).token().issuer(issuer).audience(STAFF_AUDIENCE).end()
                .roles().roleClaimPath("groups").end().build()));
    }

    /** The tenant of staff tokens signed with a key admin-api retired, by its key id. */
    static String retiredStaff(String keyId) {
        return STAFF + "-retired-" + keyId;
    }

    private OidcTenantConfig staff(String tenant, String publicKey) {
        return OidcTenantConfig.builder().tenantId(tenant).publicKey(publicKey).token().issuer(config.staffIssuer())
                .audience(STAFF_AUDIENCE).end().roles().roleClaimPath("groups").end().build();
    }
}
