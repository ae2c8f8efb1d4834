package com.telekpr.gateway.client;

import com.pengrad.telegrambot.TelegramBot;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/** pengrad's client pointed at the configured Bot API; its read timeout outlasts a long poll. */
@ApplicationScoped
public class BotApi {
    private final OkHttpClient http;
    private final TelegramBot bot;

    BotApi(TelegramApiConfig config) {
        this.http = new OkHttpClient.Builder().connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(config.pollTimeout().toSeconds() + 15, TimeUnit.SECONDS).build();
        this.bot = new TelegramBot.Builder(config.botToken().orElse("no-token")).apiUrl(config.apiUrl())
                .okHttpClient(http).build();
    }

    public TelegramBot bot() {
        return bot;
    }

    @PreDestroy
    void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
