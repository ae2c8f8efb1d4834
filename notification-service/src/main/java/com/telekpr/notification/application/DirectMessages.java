package com.telekpr.notification.application;

import com.telekpr.events.Envelope;
import com.telekpr.events.NotificationCommand.SendMessage;
import com.telekpr.notification.domain.MessageStatus;
import com.telekpr.notification.store.TelegramUserRepository;
import com.telekpr.rest.InvalidRequestException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * A message from staff to one user (PRD §8.4 individual notification), queued like every other: on the direct lane,
 * split past Telegram's limit, recorded and not sent when the user blocked the bot.
 */
@ApplicationScoped
public class DirectMessages {
    /** What Telegram counts (UTF-16 code units, as Java's String), with room left under its 4,096. */
    public static final int MAX_TEXT = 3900;

    private final TelegramUserRepository users;
    private final MessageIntake intake;

    DirectMessages(TelegramUserRepository users, MessageIntake intake) {
        this.users = users;
        this.intake = intake;
    }

    public record Queued(UUID messageId, UUID userId, long chatId, String status) {
    }

    /** Null when the user is unknown here (they never started the bot). */
    public Uni<Queued> send(UUID userId, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("text", "text is required");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidRequestException("text", "text is at most " + MAX_TEXT + " characters as Telegram counts"
                    + " them (UTF-16 code units); this one has " + text.length());
        }
        return Panache.withTransaction(() -> users.findById(userId).chain(user -> {
            if (user == null) {
                return Uni.createFrom().nullItem();
            }
            var message = new SendMessage(user.chatId, text.strip(), List.of());
            Envelope cause = Envelope.first("notification-service", userId, "staff-message", message);
            MessageStatus status = user.blockedAt == null ? MessageStatus.QUEUED : MessageStatus.BLOCKED;
            return intake.accept(cause.id(), cause, message, status)
                    .map(queued -> new Queued(cause.id(), userId, user.chatId, status.stored()));
        }));
    }
}
