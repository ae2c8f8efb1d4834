package com.telekpr.gateway.client;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The Bot API as the gateway reads it (updates in, webhook registration); sending is notification-service's. */
@ConfigMapping(prefix = "telekpr.telegram")
public interface TelegramApiConfig {

    /** The bot's token (TELEKPR_TELEGRAM_BOT_TOKEN); required unless ingress is off. */
    Optional<String> botToken();

    @WithDefault("https://api.telegram.org/bot")
    String apiUrl();

    /** getUpdates long-poll timeout (product.md §12.1: 50 s). */
    @WithDefault("PT50S")
    Duration pollTimeout();
}
