package com.telekpr.payment.messaging;

import com.telekpr.events.PaymentCommand.CreateTokenPurchase;
import com.telekpr.outbox.Inbox;
import com.telekpr.payment.application.PurchaseRequests;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class PaymentCommandsConsumer {
    private final Inbox inbox;
    private final PurchaseRequests purchases;

    PaymentCommandsConsumer(Inbox inbox, PurchaseRequests purchases) {
        this.inbox = inbox;
        this.purchases = purchases;
    }

    @Incoming("payment-commands")
    public Uni<Void> onCommand(Message<String> message) {
        return inbox.consume(message,
                envelope -> envelope.data() instanceof CreateTokenPurchase purchase
                        ? purchases.reserve(envelope, purchase) : Uni.createFrom().voidItem(),
                envelope -> envelope.data() instanceof CreateTokenPurchase purchase
                        ? purchases.requestInvoice(envelope, purchase) : Uni.createFrom().voidItem());
    }
}
