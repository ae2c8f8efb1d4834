package com.telekpr.gateway.ingress;

import com.pengrad.telegrambot.request.SetWebhook;
import com.telekpr.gateway.application.GatewayConfig;
import com.telekpr.gateway.client.BotApi;
import com.telekpr.gateway.client.TelegramApiConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Starts the configured way in: long polling, or a webhook registered with setWebhook (secret token,
 * message and callback_query updates only). Refuses to start, naming the setting, when one is missing.
 */
@ApplicationScoped
public class IngressStarter {
    private static final Logger LOG = Logger.getLogger(IngressStarter.class);

    private final GatewayConfig gateway;
    private final TelegramApiConfig telegram;
    private final LongPolling polling;
    private final BotApi api;

    IngressStarter(GatewayConfig gateway, TelegramApiConfig telegram, LongPolling polling, BotApi api) {
        this.gateway = gateway;
        this.telegram = telegram;
        this.polling = polling;
        this.api = api;
    }

    void start(@Observes StartupEvent started) {
        if (gateway.ingress() == GatewayConfig.Ingress.OFF) {
            return;
        }
        if (telegram.botToken().isEmpty()) {
            throw new IllegalStateException("missing required setting TELEKPR_TELEGRAM_BOT_TOKEN (telekpr.telegram.bot-token):"
                    + " needed to receive updates with ingress=" + gateway.ingress().name().toLowerCase());
        }
        if (gateway.ingress() == GatewayConfig.Ingress.POLLING) {
            polling.start();
            return;
        }
        String url = gateway.webhookUrl().orElseThrow(() -> new IllegalStateException(
                "missing required setting TELEKPR_GATEWAY_WEBHOOK_URL (telekpr.gateway.webhook-url) for ingress=webhook"));
        String secret = gateway.webhookSecret().orElseThrow(() -> new IllegalStateException(
                "missing required setting TELEKPR_GATEWAY_WEBHOOK_SECRET (telekpr.gateway.webhook-secret) for ingress=webhook"));
        var answer = api.bot().execute(new SetWebhook().url(url).secretToken(secret)
                .allowedUpdates("message", "callback_query"));
        if (!answer.isOk()) {
            throw new IllegalStateException("Telegram refused setWebhook(" + url + "): " + answer.description());
        }
        LOG.infof("webhook registered at %s", url);
    }

    void stop(@Observes ShutdownEvent stopping) {
        polling.stop();
    }
}
