package com.telekpr.admin.signin;

import com.telekpr.sandbox.login.TelegramLoginSimulator;
import com.telekpr.sandbox.telegram.FakeUser;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Telegram's OpenID Connect provider for admin-api's tests: the sandbox's simulator on the port the test profile's
 * "telegram" tenant names, with the test client id and secret; tests add the people its page offers.
 */
public class TelegramLoginSandbox implements QuarkusTestResourceLifecycleManager {
    static final int PORT = 13291;
    static final List<FakeUser> PEOPLE = new CopyOnWriteArrayList<>();
    static TelegramLoginSimulator telegram;

    @Override
    public synchronized Map<String, String> start() {
        if (telegram == null) {
            telegram = TelegramLoginSimulator.start(PORT, "7000000001", "test-telegram-login-client-secret-32chars",
                    () -> List.copyOf(PEOPLE));
        }
        return Map.of();
    }

    @Override
    public synchronized void stop() {
        if (telegram != null) {
            telegram.close();
            telegram = null;
        }
    }
}
