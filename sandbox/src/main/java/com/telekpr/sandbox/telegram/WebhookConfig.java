package com.telekpr.sandbox.telegram;

/** What setWebhook set; {@code secretToken} is null when the bot asked for none. */
record WebhookConfig(String url, String secretToken, int maxConnections) {
}
