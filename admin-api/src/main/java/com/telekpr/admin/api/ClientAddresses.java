package com.telekpr.admin.api;

import com.telekpr.admin.application.signin.Actor;
import com.telekpr.admin.application.signin.SignInConfig;
import com.telekpr.admin.domain.staff.ClientAddress;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who calls and from where, as the throttle and the audit log record it (see {@link ClientAddress}). */
@ApplicationScoped
public class ClientAddresses {
    private final Set<String> trustedProxies;

    ClientAddresses(SignInConfig config) {
        this.trustedProxies = config.trustedProxies().orElse(Set.of());
    }

    /** The signed-in staff member behind {@code token}, calling from {@code request}'s client address. */
    public Actor actor(JsonWebToken token, HttpServerRequest request) {
        return new Actor(accountOf(token), token.getName(),
                token.getGroups().stream().sorted().findFirst().orElse(null), of(request));
    }

    /** The account id: admin-api's own tokens name it; an external issuer's subject may be any text, made an id here. */
    static UUID accountOf(JsonWebToken token) {
        try {
            return UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException notOurs) {
            return UUID.nameUUIDFromBytes((token.getIssuer() + "\n" + token.getSubject()).getBytes(StandardCharsets.UTF_8));
        }
    }

    public String of(HttpServerRequest request) {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return ClientAddress.of(peer, request.getHeader("X-Forwarded-For"), trustedProxies);
    }
}
