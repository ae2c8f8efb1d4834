package com.telekpr.notification.messaging;

import com.telekpr.notification.dispatch.Dispatcher;
import com.telekpr.notification.application.EventNotices;
import com.telekpr.outbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Order, wallet and payment events, each told to its user at most once. */
@ApplicationScoped
public class DomainEventsConsumer {
    private final Inbox inbox;
    private final EventNotices notices;
    private final Dispatcher dispatcher;

    DomainEventsConsumer(Inbox inbox, EventNotices notices, Dispatcher dispatcher) {
        this.inbox = inbox;
        this.notices = notices;
        this.dispatcher = dispatcher;
    }

    @Incoming("order-events")
    public Uni<Void> onOrderEvent(Message<String> message) {
        return tell(message);
    }

    @Incoming("wallet-events")
    public Uni<Void> onWalletEvent(Message<String> message) {
        return tell(message);
    }

    @Incoming("payment-events")
    public Uni<Void> onPaymentEvent(Message<String> message) {
        return tell(message);
    }

    private Uni<Void> tell(Message<String> message) {
        return inbox.consume(message, notices::apply, envelope -> dispatcher.wake());
    }
}
