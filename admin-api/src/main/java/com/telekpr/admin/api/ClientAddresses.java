package com.telekpr.admin.api;

import com.telekpr.admin.application.signin.SignInConfig;
import com.telekpr.admin.domain.staff.ClientAddress;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** The client address of a request as the throttle and the audit log record it (see {@link ClientAddress}). */
@ApplicationScoped
public class ClientAddresses {
    private final Set<String> trustedProxies;

    ClientAddresses(SignInConfig config) {
        this.trustedProxies = config.trustedProxies().orElse(Set.of());
    }

    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return ClientAddress.of(peer, request.getHeader("X-Forwarded-For"), trustedProxies);
    }
}
