package com.telekpr.events;

import java.util.UUID;

/** Facts about outbound Telegram traffic, published by notification-service on {@value Topics#NOTIFICATION_EVENTS}. */
public sealed interface DeliveryEvent extends Event {

    record MessageDelivered(UUID commandId, long chatId, long telegramMessageId) implements DeliveryEvent {
    }

    record MessageFailed(UUID commandId, long chatId, String error) implements DeliveryEvent {
    }

    record BroadcastProgress(UUID broadcastId, int sent, int failed, int blocked, int pending)
            implements DeliveryEvent {
    }
}
