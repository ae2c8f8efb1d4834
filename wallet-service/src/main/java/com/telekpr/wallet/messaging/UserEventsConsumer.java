package com.telekpr.wallet.messaging;

import com.telekpr.events.UserEvent.UserRegistered;
import com.telekpr.outbox.Inbox;
import com.telekpr.wallet.application.AccountOpening;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class UserEventsConsumer {
    private final Inbox inbox;
    private final AccountOpening opening;

    UserEventsConsumer(Inbox inbox, AccountOpening opening) {
        this.inbox = inbox;
        this.opening = opening;
    }

    @Incoming("user-events")
    public Uni<Void> onUserEvent(Message<String> message) {
        return inbox.consume(message, envelope -> {
            envelope.requiredUserId();
            if (envelope.data() instanceof UserRegistered) {
                return opening.open(envelope);
            }
            return Uni.createFrom().voidItem();
        });
    }
}
