package com.telekpr.payment.api;

import com.telekpr.sandbox.oidc.IdentityProviderSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** The external staff issuer of payment-service's test profile: the sandbox's identity provider on port 13293. */
public class CompanyIdentityProvider implements QuarkusTestResourceLifecycleManager {
    static IdentityProviderSimulator realm;

    @Override
    public synchronized Map<String, String> start() {
        if (realm == null) {
            realm = IdentityProviderSimulator.start(13293, "telekpr");
        }
        return Map.of();
    }

    @Override
    public synchronized void stop() {
        if (realm != null) {
            realm.close();
            realm = null;
        }
    }
}
