package com.telekpr.notification.store;

import java.util.UUID;

/** A row to queue: the request (kind + JSON payload), its addressee, its line, and where it came from. */
public record NewMessage(UUID id, UUID commandId, int part, UUID userId, Long chatId, String kind, String lane,
                         String payload, String status, UUID broadcastId, UUID correlationId) {
}
