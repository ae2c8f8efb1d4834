package com.telekpr.notification.application;

import com.telekpr.notification.store.OutgoingMessageEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of the message log: to whom, what kind, how it ended, after how many attempts, Telegram's id, the error.
 * Built here so the api package never sees the entity.
 */
public record MessageView(UUID id, UUID commandId, int part, UUID userId, Long chatId, String kind, String status,
                          int attempts, Long telegramMessageId, String error, UUID broadcastId, Instant createdAt,
                          Instant finishedAt) {

    static MessageView of(OutgoingMessageEntity row) {
        return new MessageView(row.id, row.commandId, row.part, row.userId, row.chatId, row.kind, row.status,
                row.attempts, row.telegramMessageId, row.lastError, row.broadcastId, row.createdAt, row.finishedAt);
    }
}
