package com.telekpr.gateway.messaging;

import com.telekpr.gateway.application.UpdateHandling;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Raw updates from telegram.updates, one at a time per partition (a chat's updates in order, chats in
 * parallel across the channel's consumers): read → handled once (retried) → acknowledged. An unreadable
 * update, or one that keeps failing, goes to the dead-letter topic.
 */
@ApplicationScoped
public class TelegramUpdatesConsumer {
    private static final Logger LOG = Logger.getLogger(TelegramUpdatesConsumer.class);

    private final UpdateHandling handling;

    TelegramUpdatesConsumer(UpdateHandling handling) {
        this.handling = handling;
    }

    @Incoming("telegram-updates")
    public Uni<Void> onUpdate(Message<String> message) {
        Optional<com.telekpr.gateway.domain.Incoming> update;
        try {
            update = UpdateReader.read(message.getPayload());
        } catch (RuntimeException unreadable) {
            LOG.errorf("dead-lettering an unreadable update: %s", unreadable.getMessage());
            return Uni.createFrom().completionStage(message.nack(unreadable));
        }
        if (update.isEmpty()) {
            return Uni.createFrom().completionStage(message.ack());
        }
        return handling.handle(update.get())
                .chain(() -> Uni.createFrom().completionStage(message.ack()))
                .onFailure().recoverWithUni(failure -> Uni.createFrom().completionStage(message.nack(failure)));
    }
}
