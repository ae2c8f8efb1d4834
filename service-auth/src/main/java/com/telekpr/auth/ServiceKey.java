package com.telekpr.auth;

import com.telekpr.rest.RsaKeys;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.security.KeyPair;

/** The key this service signs its calls with; made at start, so a missing key file stops the start with its name. */
@Startup
@Singleton
public class ServiceKey {
    private final KeyPair pair;
    private final String keyId;

    ServiceKey(ServiceAuthConfig config) {
        this.pair = config.signingKeyFile().map(file -> RsaKeys.read(file, "the service token signing key")).orElseGet(() -> {
            if (!config.generateSigningKey()) {
                throw new IllegalStateException("telekpr.service-auth.signing-key-file (TELEKPR_SERVICE_AUTH_SIGNING_KEY_FILE)"
                        + " is required: the PEM file of the RSA private key (PKCS#8) this service signs its calls with");
            }
            return RsaKeys.generate();
        });
        this.keyId = RsaKeys.keyId(pair.getPublic());
    }

    KeyPair pair() {
        return pair;
    }

    String keyId() {
        return keyId;
    }
}
