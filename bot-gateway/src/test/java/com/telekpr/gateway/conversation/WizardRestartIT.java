package com.telekpr.gateway.conversation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.infrastructure.FreePort;
import com.telekpr.infrastructure.ServiceProcess;
import com.telekpr.testkit.TelekprInfrastructure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged gateway as its own process, killed with -9 in the middle of the registration wizard and
 * started again on the same database: the user carries on at the step they had reached, with the
 * answers they had given.
 */
class WizardRestartIT {
    private static final TelekprInfrastructure INFRASTRUCTURE = new TelekprInfrastructure();
    private static final Map<String, String> SETTINGS = new HashMap<>(INFRASTRUCTURE.start());
    private static ServiceProcess gateway;

    @Test
    void aRestartMidWizardResumesWhereTheUserWas() {
        SETTINGS.put("telekpr.gateway.ingress", "off");
        SETTINGS.put("telekpr.gateway.webhook-secret", "restart-secret");
        int port = FreePort.find();
        gateway = start(port);
        var chat = new BotChat("en");
        chat.say("/register");
        chat.say("Ana");
        assertTrue(chat.say("Maria").text().contains("Step 3 of 16 — Last name"));
        gateway.kill();

        gateway = start(port);
        var resumed = chat.say("Lopez");
        assertTrue(resumed.text().startsWith("📝 Step 4 of 16 — Email"), resumed.text());
        chat.say("ana@example.com");
        chat.say("415-555-0123");
        var back = chat.press(":back");
        assertTrue(back.text().contains("Now: +14155550123"), "answers from before the kill are kept: " + back.text());
    }

    private static ServiceProcess start(int port) {
        var process = ServiceProcess.start("bot-gateway", port, Path.of("..").toAbsolutePath().normalize(),
                Path.of("target").toAbsolutePath(), SETTINGS);
        process.awaitReady(Duration.ofMinutes(2));
        return process;
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.stop();
        }
        INFRASTRUCTURE.stop();
    }
}
