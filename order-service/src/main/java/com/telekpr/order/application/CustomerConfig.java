package com.telekpr.order.application;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "telekpr.customer")
public interface CustomerConfig {

    /**
     * The AES-256 key that encrypts profile passwords: 32 random bytes, base64. A deployer must set
     * TELEKPR_CUSTOMER_PASSWORD_KEY (e.g. {@code openssl rand -base64 32}); there is no default in prod.
     */
    String passwordKey();
}
