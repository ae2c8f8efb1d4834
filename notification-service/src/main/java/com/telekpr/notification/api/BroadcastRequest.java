package com.telekpr.notification.api;

/**
 * POST /broadcasts: what admin-api sends (product.md §9.7); testMode false when left out; buttonText and buttonUrl
 * (both or neither) put one link button under the text.
 */
public record BroadcastRequest(String title, String message, String emoji, Boolean testMode, String buttonText,
                               String buttonUrl) {
}
