package com.telekpr.events;

import java.util.UUID;

/** Facts about outbound Telegram traffic, published by notification-service on {@value Topics#NOTIFICATION_EVENTS}. */
public sealed interface DeliveryEvent extends Event {

    record MessageDelivered(UUID commandId, long chatId, long telegramMessageId) implements DeliveryEvent {
    }

    record MessageFailed(UUID commandId, long chatId, String error) implements DeliveryEvent {
    }

    /** Where a broadcast stands; status is sending, completed or cancelled, and completed means pending is 0. */
    record BroadcastProgress(UUID broadcastId, String status, int sent, int failed, int blocked, int cancelled,
                             int pending) implements DeliveryEvent {
    }
}
