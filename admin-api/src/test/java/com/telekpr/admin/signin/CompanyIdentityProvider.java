package com.telekpr.admin.signin;

import com.telekpr.sandbox.oidc.IdentityProviderSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** The external staff issuer of admin-api's test profile: the sandbox's identity provider, realm telekpr, port 13292. */
public class CompanyIdentityProvider implements QuarkusTestResourceLifecycleManager {
    static IdentityProviderSimulator realm;

    @Override
    public synchronized Map<String, String> start() {
        if (realm == null) {
            realm = IdentityProviderSimulator.start(13292, "telekpr");
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
