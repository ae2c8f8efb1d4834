package com.telekpr.gateway.ingress;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** The way in for raw updates, from the webhook or from long polling: validated, keyed, put on the topic. */
@ApplicationScoped
public class UpdateIngress {
    private final UpdatePublisher publisher;

    UpdateIngress(UpdatePublisher publisher) {
        this.publisher = publisher;
    }

    /** False (nothing published) when the body is not a Telegram update. */
    public Uni<Boolean> accept(byte[] body) {
        return UpdateKeys.chatOf(body).map(chat -> publisher.publish(chat, body).replaceWith(true))
                .orElse(Uni.createFrom().item(false));
    }
}
