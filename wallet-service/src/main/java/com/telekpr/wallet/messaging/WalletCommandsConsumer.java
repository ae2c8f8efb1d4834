package com.telekpr.wallet.messaging;

import com.telekpr.events.WalletCommand.PurchaseSubscription;
import com.telekpr.outbox.Inbox;
import com.telekpr.wallet.application.SubscriptionPurchasing;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class WalletCommandsConsumer {
    private final Inbox inbox;
    private final SubscriptionPurchasing purchasing;

    WalletCommandsConsumer(Inbox inbox, SubscriptionPurchasing purchasing) {
        this.inbox = inbox;
        this.purchasing = purchasing;
    }

    @Incoming("wallet-commands")
    public Uni<Void> onCommand(Message<String> message) {
        return inbox.consume(message, envelope -> {
            envelope.requiredUserId();
            if (envelope.data() instanceof PurchaseSubscription purchase) {
                return purchasing.purchase(envelope, purchase);
            }
            return Uni.createFrom().voidItem();
        });
    }
}
