package com.telekpr.order.messaging;

import com.telekpr.events.UserEvent.UserErased;
import com.telekpr.order.application.PersonErasure;
import com.telekpr.outbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

@ApplicationScoped
public class UserEventsConsumer {
    private final Inbox inbox;
    private final PersonErasure erasure;

    UserEventsConsumer(Inbox inbox, PersonErasure erasure) {
        this.inbox = inbox;
        this.erasure = erasure;
    }

    @Incoming("user-events")
    public Uni<Void> onUserEvent(Message<String> message) {
        return inbox.consume(message, envelope -> envelope.data() instanceof UserErased
                ? erasure.erase(envelope.requiredUserId())
                : Uni.createFrom().voidItem()); // the rest of user.events concerns the bot and the wallet
    }
}
