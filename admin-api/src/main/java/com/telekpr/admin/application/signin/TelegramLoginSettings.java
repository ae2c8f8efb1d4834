package com.telekpr.admin.application.signin;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Refuses to start with Log in with Telegram turned on but its client left out: without them every login would go to
 * Telegram with a client it does not know, and fail there, not here where a deployer looks.
 */
@ApplicationScoped
class TelegramLoginSettings {
    static final String NOT_CONFIGURED = "not-configured";

    private final Config config;

    TelegramLoginSettings(Config config) {
        this.config = config;
    }

    void check(@Observes StartupEvent started) {
        if (!config.getOptionalValue("quarkus.oidc.telegram.tenant-enabled", Boolean.class).orElse(false)) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (NOT_CONFIGURED.equals(config.getOptionalValue("quarkus.oidc.telegram.client-id", String.class).orElse(NOT_CONFIGURED))) {
            missing.add("TELEKPR_TELEGRAM_LOGIN_CLIENT_ID (the bot's id)");
        }
        if (NOT_CONFIGURED.equals(config.getOptionalValue("quarkus.oidc.telegram.credentials.secret", String.class)
                .orElse(NOT_CONFIGURED))) {
            missing.add("TELEKPR_TELEGRAM_LOGIN_CLIENT_SECRET (BotFather's client secret)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("TELEKPR_TELEGRAM_LOGIN_ENABLED is true but these are missing: "
                    + String.join(", ", missing));
        }
    }
}
