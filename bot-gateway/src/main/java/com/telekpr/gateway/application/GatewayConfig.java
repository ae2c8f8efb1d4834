package com.telekpr.gateway.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "telekpr.gateway")
public interface GatewayConfig {

    /**
     * The secret_token given to setWebhook (TELEKPR_GATEWAY_WEBHOOK_SECRET, 1–256 of A-Za-z0-9_-); Telegram
     * sends it back in X-Telegram-Bot-Api-Secret-Token. Without it every webhook request is refused.
     */
    Optional<String> webhookSecret();

    /**
     * How updates arrive: {@code polling} (getUpdates, the default), {@code webhook} (Telegram posts to
     * {@link #webhookUrl()}, registered at startup), or {@code off} (only what is already on telegram.updates).
     */
    @WithDefault("polling")
    Ingress ingress();

    /** This service's public https URL + /telegram/webhook (TELEKPR_GATEWAY_WEBHOOK_URL); required with ingress=webhook. */
    Optional<String> webhookUrl();

    enum Ingress {
        POLLING, WEBHOOK, OFF
    }

    /** Telegram ids made admins on first contact (TELEKPR_GATEWAY_ADMIN_TELEGRAM_IDS, comma-separated). */
    Optional<List<Long>> adminTelegramIds();

    /** Telegram ids made operators on first contact (TELEKPR_GATEWAY_OPERATOR_TELEGRAM_IDS). */
    Optional<List<Long>> operatorTelegramIds();

    /**
     * How long an unfinished draft (a wizard left half-way) is kept without a word from its user
     * (TELEKPR_GATEWAY_DRAFT_TTL, an ISO-8601 duration); then it is dropped and the user told so.
     */
    @WithDefault("P2D")
    java.time.Duration draftTtl();

    default boolean isAdmin(long telegramId) {
        return adminTelegramIds().map(ids -> ids.contains(telegramId)).orElse(false);
    }

    default boolean isOperator(long telegramId) {
        return operatorTelegramIds().map(ids -> ids.contains(telegramId)).orElse(false);
    }
}
