package com.telekpr.local;

import java.util.HashMap;
import java.util.Map;

/**
 * What the services are started with, in two kinds: plain settings, given as -D options that anyone on the
 * machine sees in {@code ps}, and secrets, given through each service's environment.
 */
record ServiceSettings(Map<String, String> plain, Map<String, String> secret) {
    ServiceSettings {
        plain = Map.copyOf(plain);
        secret = Map.copyOf(secret);
    }

    /** These and {@code more}; where both name a property, {@code more}'s value. */
    ServiceSettings and(ServiceSettings more) {
        Map<String, String> plain = new HashMap<>(this.plain);
        plain.putAll(more.plain);
        Map<String, String> secret = new HashMap<>(this.secret);
        secret.putAll(more.secret);
        return new ServiceSettings(plain, secret);
    }
}
