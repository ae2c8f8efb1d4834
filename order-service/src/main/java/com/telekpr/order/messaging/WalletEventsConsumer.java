package com.telekpr.order.messaging;

import com.telekpr.events.AccountEvent.TokenDebitRejected;
import com.telekpr.events.AccountEvent.TokensDebited;
import com.telekpr.events.SubscriptionEvent.SubscriptionActivated;
import com.telekpr.events.SubscriptionEvent.SubscriptionExpired;
import com.telekpr.order.application.OrderQueueing;
import com.telekpr.order.application.SubscriberReplica;
import com.telekpr.outbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class WalletEventsConsumer {
    private final Inbox inbox;
    private final OrderQueueing queueing;
    private final SubscriberReplica subscribers;

    WalletEventsConsumer(Inbox inbox, OrderQueueing queueing, SubscriberReplica subscribers) {
        this.inbox = inbox;
        this.queueing = queueing;
        this.subscribers = subscribers;
    }

    @Incoming("wallet-events")
    public Uni<Void> onWalletEvent(Message<String> message) {
        return inbox.consume(message, envelope -> {
            var event = envelope.data();
            if (event instanceof TokensDebited debited) {
                return queueing.debited(envelope, debited);
            }
            if (event instanceof TokenDebitRejected rejected) {
                return queueing.rejected(envelope, rejected);
            }
            if (event instanceof SubscriptionActivated activated) {
                return subscribers.activated(envelope, activated);
            }
            if (event instanceof SubscriptionExpired expired) {
                return subscribers.expired(envelope, expired);
            }
            return Uni.createFrom().voidItem(); // other wallet events do not concern orders
        });
    }
}
