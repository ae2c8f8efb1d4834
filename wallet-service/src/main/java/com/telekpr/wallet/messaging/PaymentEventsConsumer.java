package com.telekpr.wallet.messaging;

import com.telekpr.events.PaymentEvent.PaymentConfirmed;
import com.telekpr.outbox.Inbox;
import com.telekpr.wallet.application.PaymentCrediting;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class PaymentEventsConsumer {
    private final Inbox inbox;
    private final PaymentCrediting crediting;

    PaymentEventsConsumer(Inbox inbox, PaymentCrediting crediting) {
        this.inbox = inbox;
        this.crediting = crediting;
    }

    @Incoming("payment-events")
    public Uni<Void> onPaymentEvent(Message<String> message) {
        return inbox.consume(message, envelope -> {
            envelope.requiredUserId();
            if (envelope.data() instanceof PaymentConfirmed confirmed) {
                return crediting.credit(envelope, confirmed);
            }
            return Uni.createFrom().voidItem(); // links, expiries and failures move no tokens
        });
    }
}
