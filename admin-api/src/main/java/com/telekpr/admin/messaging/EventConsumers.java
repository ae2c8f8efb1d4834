package com.telekpr.admin.messaging;

import com.telekpr.admin.application.Projections;
import com.telekpr.outbox.Inbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Every *.events topic, each message once (the inbox) into the read models. */
@ApplicationScoped
public class EventConsumers {
    private final Inbox inbox;
    private final Pool pool;
    private final Projections projections;

    EventConsumers(Inbox inbox, Pool pool, Projections projections) {
        this.inbox = inbox;
        this.pool = pool;
        this.projections = projections;
    }

    @Incoming("user-events")
    public Uni<Void> onUserEvent(Message<String> message) {
        return project(message);
    }

    @Incoming("order-events")
    public Uni<Void> onOrderEvent(Message<String> message) {
        return project(message);
    }

    @Incoming("wallet-events")
    public Uni<Void> onWalletEvent(Message<String> message) {
        return project(message);
    }

    @Incoming("payment-events")
    public Uni<Void> onPaymentEvent(Message<String> message) {
        return project(message);
    }

    @Incoming("notification-events")
    public Uni<Void> onNotificationEvent(Message<String> message) {
        return project(message);
    }

    private Uni<Void> project(Message<String> message) {
        return inbox.consume(message, pool, projections::apply);
    }
}
