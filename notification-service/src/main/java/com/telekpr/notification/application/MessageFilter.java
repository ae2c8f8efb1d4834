package com.telekpr.notification.application;

import java.util.UUID;

/** Which messages of the log to list; a null field does not filter. Values are already validated by the caller. */
public record MessageFilter(Long chatId, String status, UUID broadcastId) {
}
