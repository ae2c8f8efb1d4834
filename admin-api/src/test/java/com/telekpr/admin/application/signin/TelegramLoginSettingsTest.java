package com.telekpr.admin.application.signin;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Log in with Telegram turned on without its client fails the start, naming what a deployer must give. */
class TelegramLoginSettingsTest {

    private static TelegramLoginSettings with(Map<String, String> values) {
        return new TelegramLoginSettings(new SmallRyeConfigBuilder().withDefaultValues(values).build());
    }

    @Test
    void turnedOnWithoutItsClientTheStartFailsNamingBothVariables() {
        var refused = assertThrows(IllegalStateException.class, () -> with(Map.of("quarkus.oidc.telegram.tenant-enabled",
                "true", "quarkus.oidc.telegram.client-id", "not-configured")).check(null));
        assertEquals("TELEKPR_TELEGRAM_LOGIN_ENABLED is true but these are missing: TELEKPR_TELEGRAM_LOGIN_CLIENT_ID (the"
                + " bot's id), TELEKPR_TELEGRAM_LOGIN_CLIENT_SECRET (BotFather's client secret)", refused.getMessage());
    }

    @Test
    void offOrFullyGivenItStarts() {
        assertDoesNotThrow(() -> with(Map.of("quarkus.oidc.telegram.tenant-enabled", "false")).check(null));
        assertDoesNotThrow(() -> with(Map.of("quarkus.oidc.telegram.tenant-enabled", "true",
                "quarkus.oidc.telegram.client-id", "7000000001", "quarkus.oidc.telegram.credentials.secret", "s")).check(null));
    }
}
