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
    public Uni<Void> onUserEvent(Message<String> message) {
        return inbox.consumeGuarded(message, projection::project);
    }

    @Incoming("order-events")
    public Uni<Void> onOrderEvent(Message<String> message) {
        return inbox.consumeGuarded(message, projection::project);
    }

    @Incoming("wallet-events")
    public Uni<Void> onWalletEvent(Message<String> message) {
        return inbox.consumeGuarded(message, projection::project);
    }

    @Incoming("payment-events")
    public Uni<Void> onPaymentEvent(Message<String> message) {
        return inbox.consumeGuarded(message, projection::project);
    }

    @Incoming("notification-events")
    public Uni<Void> onNotificationEvent(Message<String> message) {
        return inbox.consumeGuarded(message, projection::project);
    }
}
