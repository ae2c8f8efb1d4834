package com.telekpr.payment.api;

import jakarta.annotation.security.PermitAll;
import com.telekpr.payment.application.CallbackHandling;
import com.telekpr.payment.application.CallbackHandling.Outcome;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Where OxaPay posts callbacks. 200 "ok" when applied; anything else makes OxaPay try again later. */
@PermitAll
@Path("/oxapay/webhook")
public class WebhookResource {
    private final CallbackHandling callbacks;

    WebhookResource(CallbackHandling callbacks) {
        this.callbacks = callbacks;
    }

    @POST
    public Uni<Response> receive(byte[] rawBody, @HeaderParam("HMAC") String signature) {
        return callbacks.handle(rawBody == null ? new byte[0] : rawBody, signature).map(outcome -> switch (outcome) {
            case APPLIED -> Response.ok("ok", MediaType.TEXT_PLAIN).build();
            case FORGED -> Response.status(401).type(MediaType.TEXT_PLAIN).entity("invalid signature").build();
            case MALFORMED -> Response.status(400).type(MediaType.TEXT_PLAIN).entity("not an OxaPay callback").build();
        });
    }
}
