package com.telekpr.admin.messaging;

import com.telekpr.admin.application.LiveProjection;
import com.telekpr.outbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Every *.events topic, each message once into the read models (see LiveProjection). */
@ApplicationScoped
public class EventConsumers {
    private final Inbox inbox;
    private final LiveProjection projection;

    EventConsumers(Inbox inbox, LiveProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @Incoming("user-events")
    @Incoming("order-events")
    @Incoming("wallet-events")
    @Incoming("payment-events")
    @Incoming("notification-events")
    public Uni<Void> onEvent(Message<String> message) {
        return inbox.consumeGuarded(message, projection::project);
    }
}
