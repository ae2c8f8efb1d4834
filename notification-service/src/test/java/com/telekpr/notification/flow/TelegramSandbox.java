package com.telekpr.notification.flow;

import com.telekpr.sandbox.telegram.TelegramLimits;
import com.telekpr.sandbox.telegram.TelegramSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The Telegram simulator for notification-service's tests, started once on a free port. Its limits are
 * the test profile's sender limits with Telegram's margin: the sender paces itself at 200/s overall
 * and 40/s per chat (bursts of 10 and 2); the simulator refuses beyond 250/s and 50/s (bursts 50 and 4).
 */
public class TelegramSandbox implements QuarkusTestResourceLifecycleManager {
    static final String TOKEN = "test-bot-token";
    static final TelegramLimits LIMITS = new TelegramLimits(250, 50, 50, 4, 20);
    static TelegramSimulator telegram;

    public static TelegramSimulator telegram() {
        return telegram;
    }

    @Override
    public synchronized Map<String, String> start() {
        if (telegram == null) {
            telegram = TelegramSimulator.start(0, TOKEN, LIMITS);
        }
        return Map.of("telekpr.telegram.api-url", telegram.apiUrl(), "telekpr.telegram.bot-token", TOKEN);
    }

    @Override
    public synchronized void stop() {
        if (telegram != null) {
            telegram.close();
            telegram = null;
        }
    }
}
