package com.telekpr.testkit;

import com.telekpr.sandbox.oidc.IdentityProviderSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The external staff issuer of a test profile: the sandbox's identity provider as the Keycloak realm {@code telekpr}
 * on {@value #PORT}, the issuer {@code http://127.0.0.1:13292/realms/telekpr} the profile names.
 */
public class CompanyIdentityProvider implements QuarkusTestResourceLifecycleManager {
    public static final int PORT = 13292;
    private static IdentityProviderSimulator realm;

    /** The running realm, to mint its staff's tokens. */
    public static synchronized IdentityProviderSimulator realm() {
        return realm;
    }

    @Override
    public Map<String, String> start() {
        synchronized (CompanyIdentityProvider.class) {
            if (realm == null) {
                realm = IdentityProviderSimulator.start(PORT, "telekpr");
            }
        }
        return Map.of();
    }

    @Override
    public void stop() {
        synchronized (CompanyIdentityProvider.class) {
            if (realm != null) {
                realm.close();
                realm = null;
            }
        }
    }
}
