package com.telekpr.notification.client;

import com.telekpr.notification.domain.RateLimits;
import com.telekpr.notification.domain.RetryPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "telekpr.telegram")
public interface TelegramConfig {

    /** The bot's token from @BotFather (TELEKPR_TELEGRAM_BOT_TOKEN). */
    String botToken();

    /** The Bot API up to the token: https://api.telegram.org/bot, or the sandbox's /bot in dev and tests. */
    String apiUrl();

    /** Requests in flight at once; Telegram answers in ~50–300 ms, so 8 carry 30 messages a second. */
    @WithDefault("8")
    int concurrency();

    /** How long one request may take before it counts as unanswered. */
    @WithDefault("PT30S")
    Duration requestTimeout();

    Limits limits();

    Retry retry();

    interface Limits {
        /** Telegram's ~30 messages a second for bulk sending. */
        @WithDefault("30")
        double globalPerSecond();

        /** Messages that may leave back to back before the global pace applies. */
        @WithDefault("5")
        int globalBurst();

        /** Telegram's ~1 message a second per chat. */
        @WithDefault("1")
        double perChatPerSecond();

        /** A short burst per chat (a reply and a notice together); Telegram tolerates about 3. */
        @WithDefault("2")
        int perChatBurst();

        /** Telegram's 20 messages a minute per group. */
        @WithDefault("20")
        int groupPerMinute();

        /** Broadcast pace; direct messages keep priority within the global limit either way. */
        @WithDefault("30")
        double broadcastPerSecond();
    }

    interface Retry {
        /** First wait after a 5xx or network failure; doubled on each further one. */
        @WithDefault("PT1S")
        Duration firstBackoff();

        @WithDefault("PT60S")
        Duration maxBackoff();

        /** Failed attempts (429s not counted) after which a message is given up as failed. */
        @WithDefault("10")
        int maxAttempts();
    }

    default RateLimits rateLimits() {
        var limits = limits();
        return new RateLimits(limits.globalPerSecond(), limits.globalBurst(), limits.perChatPerSecond(),
                limits.perChatBurst(), limits.groupPerMinute(), limits.broadcastPerSecond());
    }

    default RetryPolicy retryPolicy() {
        return new RetryPolicy(retry().firstBackoff(), retry().maxBackoff(), retry().maxAttempts());
    }
}
