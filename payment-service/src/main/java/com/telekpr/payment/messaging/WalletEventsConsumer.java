package com.telekpr.payment.messaging;

import com.telekpr.events.AccountEvent.TokensCredited;
import com.telekpr.outbox.Inbox;
import com.telekpr.payment.application.CreditTracking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class WalletEventsConsumer {
    private final Inbox inbox;
    private final CreditTracking credits;

    WalletEventsConsumer(Inbox inbox, CreditTracking credits) {
        this.inbox = inbox;
        this.credits = credits;
    }

    @Incoming("wallet-events")
    public Uni<Void> onWalletEvent(Message<String> message) {
        return inbox.consume(message, envelope -> envelope.data() instanceof TokensCredited credited
                ? credits.credited(credited) : Uni.createFrom().voidItem());
    }
}
