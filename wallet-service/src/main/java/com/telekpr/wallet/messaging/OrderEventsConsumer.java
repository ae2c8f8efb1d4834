package com.telekpr.wallet.messaging;

import com.telekpr.events.OrderEvent.OrderCancelled;
import com.telekpr.events.OrderEvent.OrderPlaced;
import com.telekpr.outbox.Inbox;
import com.telekpr.wallet.application.OrderCharging;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class OrderEventsConsumer {
    private final Inbox inbox;
    private final OrderCharging charging;

    OrderEventsConsumer(Inbox inbox, OrderCharging charging) {
        this.inbox = inbox;
        this.charging = charging;
    }

    @Incoming("order-events")
    public Uni<Void> onOrderEvent(Message<String> message) {
        return inbox.consume(message, envelope -> {
            // only what moves tokens needs a user: order.events also carries facts about no one (CatalogueChanged)
            if (envelope.data() instanceof OrderPlaced placed) {
                envelope.requiredUserId();
                return charging.debit(envelope, placed);
            }
            if (envelope.data() instanceof OrderCancelled cancelled) {
                envelope.requiredUserId();
                return charging.refund(envelope, cancelled);
            }
            return Uni.createFrom().voidItem(); // the other events of order.events move no tokens
        });
    }
}
