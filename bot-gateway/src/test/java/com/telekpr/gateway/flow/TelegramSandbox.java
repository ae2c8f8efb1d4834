package com.telekpr.gateway.flow;

import com.telekpr.sandbox.telegram.TelegramLimits;
import com.telekpr.sandbox.telegram.TelegramSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** The Telegram simulator the gateway polls, or that posts to the gateway's webhook. */
public class TelegramSandbox implements QuarkusTestResourceLifecycleManager {
    static final String TOKEN = "gateway-test-token";
    static TelegramSimulator telegram;

    @Override
    public synchronized Map<String, String> start() {
        if (telegram == null) {
            telegram = TelegramSimulator.start(0, TOKEN, TelegramLimits.telegram());
        }
        return Map.of("telekpr.telegram.api-url", telegram.apiUrl(), "telekpr.telegram.bot-token", TOKEN,
                "telekpr.telegram.poll-timeout", "PT2S");
    }

    @Override
    public synchronized void stop() {
        if (telegram != null) {
            telegram.close();
            telegram = null;
        }
    }
}
