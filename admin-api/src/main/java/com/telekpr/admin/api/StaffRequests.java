package com.telekpr.admin.api;

import com.telekpr.admin.application.actions.ForwardedActions.Asker;
import com.telekpr.admin.application.port.OwnerAnswer;
import com.telekpr.rest.InvalidRequestException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** What every forwarded action's endpoint needs from its request: who asks, with which token and key; and its answer. */
@ApplicationScoped
class StaffRequests {
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ClientAddresses clients;

    StaffRequests(ClientAddresses clients) {
        this.clients = clients;
    }

    Asker asker(JsonWebToken token, HttpServerRequest http) {
        return Asker.of(clients.actor(token, http), token.getRawToken(), http.getHeader(IDEMPOTENCY_KEY));
    }

    /** The owner's answer as it gave it: its status, and its body (its own error shape when it refused). */
    static Response relayed(OwnerAnswer answer) {
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(answer.body()).build();
    }

    static <T> T required(T body, String shape) {
        if (body == null) {
            throw new InvalidRequestException(null, "a JSON body is required: " + shape);
        }
        return body;
    }
}
