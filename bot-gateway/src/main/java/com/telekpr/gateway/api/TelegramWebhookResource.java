package com.telekpr.gateway.api;

import jakarta.annotation.security.PermitAll;
import com.telekpr.gateway.application.GatewayConfig;
import com.telekpr.gateway.ingress.UpdateIngress;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.jboss.logging.Logger;

/**
 * Telegram's webhook: checks X-Telegram-Bot-Api-Secret-Token (403 when wrong or missing, nothing
 * kept), puts the raw update on telegram.updates, and answers 200 once Kafka has it — fast, since the
 * update is handled later by the consumer. A 5xx makes Telegram deliver it again.
 */
@PermitAll
@Path("/telegram/webhook")
public class TelegramWebhookResource {
    private static final Logger LOG = Logger.getLogger(TelegramWebhookResource.class);
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final GatewayConfig config;
    private final UpdateIngress ingress;

    TelegramWebhookResource(GatewayConfig config, UpdateIngress ingress) {
        this.config = config;
        this.ingress = ingress;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> receive(@HeaderParam(SECRET_HEADER) String secret, byte[] body) {
        if (!secretMatches(secret)) {
            LOG.warn("refused a webhook request with a wrong or missing secret token");
            return Uni.createFrom().item(Response.status(403).build());
        }
        return ingress.accept(body).map(accepted -> accepted ? Response.ok().build()
                : Response.status(400).entity("{\"error\":\"not a Telegram update\"}").type(MediaType.APPLICATION_JSON).build());
    }

    private boolean secretMatches(String given) {
        return config.webhookSecret().map(expected -> given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))).orElse(false);
    }
}
