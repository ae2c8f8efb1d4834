package com.telekpr.gateway.messaging;

import com.telekpr.gateway.application.UpdateHandling;
import com.telekpr.gateway.domain.ChatUpdate;
import com.telekpr.outbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Raw updates from telegram.updates, one at a time per partition (a chat's updates in order, chats in
 * parallel across the channel's consumers): read → handled once (retried in place while the database is
 * away, a few times otherwise) → acknowledged. An unreadable update, or one that keeps failing, goes to
 * the dead-letter topic.
 */
@ApplicationScoped
public class TelegramUpdatesConsumer {
    private final Inbox inbox;
    private final UpdateHandling handling;

    TelegramUpdatesConsumer(Inbox inbox, UpdateHandling handling) {
        this.inbox = inbox;
        this.handling = handling;
    }

    @Incoming("telegram-updates")
    public Uni<Void> onUpdate(Message<String> message) {
        Optional<ChatUpdate> update;
        try {
            update = UpdateReader.read(message.getPayload());
        } catch (RuntimeException unreadable) {
            return inbox.reject(message, unreadable);
        }
        if (update.isEmpty()) {
            return Uni.createFrom().completionStage(message.ack());
        }
        return inbox.settle(message, handling.handle(update.get()), "update " + update.get().updateId());
    }
}
