package com.telekpr.notification.restart;

import com.telekpr.sandbox.telegram.TelegramLimits;
import com.telekpr.sandbox.telegram.TelegramSimulator;
import com.telekpr.infrastructure.FreePort;
import com.telekpr.infrastructure.ServiceProcess;
import com.telekpr.testkit.TelekprInfrastructure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged notification-service as a process of its own, against a real Postgres and Kafka and
 * the Telegram sandbox, so a test can kill -9 it and start it again on the same data. Registered as
 * a JUnit extension, it stops everything after the test class.
 */
final class SenderUnderTest implements AfterAllCallback {
    private static final String TOKEN = "restart-bot-token";

    final TelegramSimulator telegram = TelegramSimulator.start(0, TOKEN, new TelegramLimits(150, 50, 8, 3, 20));
    private final TelekprInfrastructure infrastructure = new TelekprInfrastructure();
    private final Map<String, String> settings = new HashMap<>(infrastructure.start());
    private final int port = FreePort.find();
    private ServiceProcess service;

    SenderUnderTest() {
        settings.put("telekpr.telegram.api-url", telegram.apiUrl());
        settings.put("telekpr.telegram.bot-token", TOKEN);
        settings.put("telekpr.telegram.limits.global-per-second", "100");
        settings.put("telekpr.telegram.limits.global-burst", "5");
        settings.put("telekpr.telegram.limits.per-chat-per-second", "5");
        settings.put("telekpr.telegram.limits.per-chat-burst", "1");
        settings.put("telekpr.telegram.limits.broadcast-per-second", "100");
        settings.put("telekpr.notification.broadcast.progress-every", "PT0.5S");
    }

    ServiceProcess start() {
        service = ServiceProcess.start("notification-service", port, Path.of("..").toAbsolutePath().normalize(),
                Path.of("target").toAbsolutePath(), settings);
        service.awaitReady(Duration.ofMinutes(2));
        return service;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (service != null) {
            service.stop();
        }
        telegram.close();
        infrastructure.stop();
    }
}
