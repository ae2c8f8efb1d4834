package com.telekpr.notification.dispatch;

import com.telekpr.events.DeliveryEvent.MessageDelivered;
import com.telekpr.events.DeliveryEvent.MessageFailed;
import com.telekpr.events.UserEvent.UserBlockedBot;
import com.telekpr.notification.client.TelegramConfig;
import com.telekpr.notification.domain.Lane;
import com.telekpr.notification.domain.MessageStatus;
import com.telekpr.notification.domain.RetryPolicy;
import com.telekpr.notification.domain.SendOutcome;
import com.telekpr.notification.store.OutgoingMessageEntity;
import com.telekpr.notification.store.OutgoingMessageRepository;
import com.telekpr.notification.store.TelegramUserRepository;
import com.telekpr.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Writes down what Telegram answered, with its MessageDelivered / MessageFailed in the same
 * transaction, and says what the scheduler should do next.
 */
@ApplicationScoped
public class DeliveryRecorder {
    /** What follows a recorded answer: nothing, another try after a pause, or silence for the chat. */
    public sealed interface Next {
    }

    public record Finished() implements Next {
    }

    public record TryAgainIn(Duration pause) implements Next {
    }

    public record ChatBlocked(long chatId) implements Next {
    }

    private final OutgoingMessageRepository messages;
    private final TelegramUserRepository users;
    private final Outbox outbox;
    private final RetryPolicy retries;

    DeliveryRecorder(OutgoingMessageRepository messages, TelegramUserRepository users, Outbox outbox,
                     TelegramConfig config) {
        this.messages = messages;
        this.users = users;
        this.outbox = outbox;
        this.retries = config.retryPolicy();
    }

    public Uni<Next> record(OutgoingMessageEntity sent, SendOutcome outcome) {
        return Panache.withTransaction(() -> messages.lock(sent.id).chain(row -> {
            if (row == null || !MessageStatus.QUEUED.stored().equals(row.status)) {
                return Uni.createFrom().<Next>item(new Finished()); // cancelled or ended meanwhile
            }
            if (!(outcome instanceof SendOutcome.TooManyRequests)) {
                row.attempts++; // Telegram's own pacing is not a failed attempt
            }
            if (outcome instanceof SendOutcome.Delivered delivered) {
                row.telegramMessageId = delivered.messageId();
                return end(row, MessageStatus.SENT, null).call(() -> unblockAfterReply(row));
            }
            if (outcome instanceof SendOutcome.TooManyRequests tooMany) {
                return later(row, Duration.ofSeconds(tooMany.retryAfterSeconds()), "429 retry after " + tooMany.retryAfterSeconds());
            }
            if (outcome instanceof SendOutcome.Unavailable unavailable) {
                return retries.givesUpAfter(row.attempts) ? end(row, MessageStatus.FAILED, unavailable.description())
                        : later(row, retries.backoffAfter(row.attempts), unavailable.description());
            }
            if (outcome instanceof SendOutcome.Blocked blocked) {
                // a callback answer has no chat to fall silent in: it simply failed
                return row.chatId == null ? end(row, MessageStatus.FAILED, blocked.description()) : blockChat(row, blocked.description());
            }
            return end(row, MessageStatus.FAILED, ((SendOutcome.Refused) outcome).description());
        }));
    }

    private Uni<Next> later(OutgoingMessageEntity row, Duration pause, String error) {
        row.nextAttemptAt = Instant.now().plus(pause);
        row.lastError = error;
        return Uni.createFrom().item(new TryAgainIn(pause));
    }

    private Uni<Next> end(OutgoingMessageEntity row, MessageStatus status, String error) {
        row.status = status.stored();
        row.lastError = error;
        row.finishedAt = Instant.now();
        var outcome = error == null
                ? new MessageDelivered(row.commandId, row.chatId == null ? 0 : row.chatId, row.telegramMessageId)
                : new MessageFailed(row.commandId, row.chatId == null ? 0 : row.chatId, error);
        return outbox.appendInChain(row.correlationId, row.userId, row.commandId.toString(), List.of(outcome))
                .replaceWith(new Finished());
    }

    /** 403: this and every other message queued for the chat end as blocked; the user is marked once. */
    private Uni<Next> blockChat(OutgoingMessageEntity row, String error) {
        long chatId = row.chatId;
        return end(row, MessageStatus.BLOCKED, error)
                .chain(() -> messages.queuedFor(chatId))
                .chain(others -> {
                    Uni<Void> all = Uni.createFrom().voidItem();
                    for (OutgoingMessageEntity other : others) {
                        all = all.chain(() -> end(other, MessageStatus.BLOCKED, error).replaceWithVoid());
                    }
                    return all;
                })
                .chain(() -> users.byChat(chatId))
                .chain(user -> {
                    if (user == null || user.blockedAt != null) {
                        return Uni.createFrom().voidItem();
                    }
                    user.blockedAt = Instant.now();
                    return outbox.appendInChain(row.correlationId, user.userId, user.userId.toString(),
                            List.of(new UserBlockedBot(user.telegramId)));
                })
                .replaceWith(new ChatBlocked(chatId));
    }

    /** A direct reply got through, so the user can be written to again (they had unblocked the bot). */
    private Uni<Void> unblockAfterReply(OutgoingMessageEntity row) {
        if (row.chatId == null || !Lane.DIRECT.storedName().equals(row.lane)) {
            return Uni.createFrom().voidItem();
        }
        return users.clearBlock(row.chatId).replaceWithVoid();
    }
}
