package com.telekpr.notification.api;

/** POST /broadcasts: what admin-api sends (product.md §9.7); testMode false when left out. */
public record BroadcastRequest(String title, String message, String emoji, Boolean testMode) {
}
