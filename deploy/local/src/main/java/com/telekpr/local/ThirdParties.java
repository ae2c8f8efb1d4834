package com.telekpr.local;

import com.telekpr.sandbox.login.TelegramLoginSimulator;
import com.telekpr.sandbox.oxapay.OxaPaySimulator;
import com.telekpr.sandbox.telegram.FakeUser;
import com.telekpr.sandbox.telegram.TelegramLimits;
import com.telekpr.sandbox.telegram.TelegramSimulator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OxaPay and Telegram for the local stack: the real ones when their credentials are set
 * (TELEKPR_OXAPAY_MERCHANT_KEY + TELEKPR_OXAPAY_CALLBACK_URL; TELEGRAM_BOT_TOKEN), otherwise the
 * sandboxes: OxaPay on port 8090 with its checkout pages, the Bot API on 8091 with Telegram's limits.
 */
final class ThirdParties implements AutoCloseable {
    static final int OXAPAY_SANDBOX_PORT = 8090;
    static final int TELEGRAM_SANDBOX_PORT = 8091;
    /** Telegram's OpenID Connect provider, simulated: "Log in with Telegram" for admin-api. */
    static final int TELEGRAM_LOGIN_SANDBOX_PORT = 8092;
    /** The sandbox bot's id, which is its login client id as at Telegram. */
    static final String SANDBOX_BOT_ID = "7000000001";
    static final String SANDBOX_KEY = "sandbox-merchant-key";
    static final String SANDBOX_BOT_TOKEN = "sandbox-bot-token";
    private static final String BOT_TOKEN = "telekpr.telegram.bot-token";
    /** A fake user made operator in the sandbox, so a person can work the queue from the chat page. */
    static final FakeUser SANDBOX_OPERATOR = new FakeUser(4_000_000_001L, "Olga", "Operator", "olga_operator", "en");

    private final Map<String, String> environment;
    private OxaPaySimulator oxapay;
    private TelegramSimulator telegram;
    private TelegramLoginSimulator telegramLogin;

    ThirdParties(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Starts what is simulated; returns the settings and credentials that point the services at OxaPay and Telegram. */
    ServiceSettings start() {
        return startOxaPay().and(startTelegram());
    }

    private ServiceSettings startTelegram() {
        String token = environment.get("TELEGRAM_BOT_TOKEN");
        if (token != null && !token.isBlank()) {
            return realTelegram(token);
        }
        telegram = TelegramSimulator.start(TELEGRAM_SANDBOX_PORT, SANDBOX_BOT_TOKEN, TelegramLimits.telegram());
        telegram.addUser(SANDBOX_OPERATOR);
        Map<String, String> settings = new HashMap<>(Map.of("telekpr.telegram.api-url", telegram.apiUrl()));
        if (!environment.containsKey("TELEKPR_GATEWAY_OPERATOR_TELEGRAM_IDS")) {
            settings.put("telekpr.gateway.operator-telegram-ids", Long.toString(SANDBOX_OPERATOR.id()));
        }
        // a client secret for this run only: both ends are started here, together
        String loginSecret = java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();
        TelegramSimulator people = telegram;
        telegramLogin = TelegramLoginSimulator.start(TELEGRAM_LOGIN_SANDBOX_PORT, SANDBOX_BOT_ID, loginSecret, people::users);
        settings.put("quarkus.oidc.telegram.tenant-enabled", "true");
        settings.put("quarkus.oidc.telegram.auth-server-url", telegramLogin.issuer());
        settings.put("quarkus.oidc.telegram.client-id", SANDBOX_BOT_ID);
        return new ServiceSettings(settings, Map.of(BOT_TOKEN, SANDBOX_BOT_TOKEN,
                "quarkus.oidc.telegram.credentials.secret", loginSecret));
    }

    /** The real Bot API: long polling, or a webhook when TELEGRAM_WEBHOOK_URL gives the public https URL. */
    private ServiceSettings realTelegram(String token) {
        String webhook = environment.get("TELEGRAM_WEBHOOK_URL");
        if (webhook == null || webhook.isBlank()) {
            return new ServiceSettings(Map.of("telekpr.gateway.ingress", "polling"), Map.of(BOT_TOKEN, token));
        }
        if (!webhook.startsWith("https://")) {
            throw new IllegalStateException("TELEGRAM_WEBHOOK_URL must be the public https URL of bot-gateway's"
                    + " /telegram/webhook (Telegram only calls https), got " + webhook);
        }
        return new ServiceSettings(Map.of("telekpr.gateway.ingress", "webhook", "telekpr.gateway.webhook-url", webhook),
                Map.of(BOT_TOKEN, token));
    }

    private ServiceSettings startOxaPay() {
        if (environment.containsKey("TELEKPR_OXAPAY_MERCHANT_KEY")) {
            if (!environment.containsKey("TELEKPR_OXAPAY_CALLBACK_URL")) {
                throw new IllegalStateException("TELEKPR_OXAPAY_MERCHANT_KEY is set but TELEKPR_OXAPAY_CALLBACK_URL is not:"
                        + " OxaPay needs a public https URL of payment-service's /oxapay/webhook");
            }
            // payment-service reads the real settings from the environment it inherits
            return new ServiceSettings(Map.of(), Map.of());
        }
        oxapay = OxaPaySimulator.start(OXAPAY_SANDBOX_PORT, SANDBOX_KEY);
        return new ServiceSettings(Map.of("telekpr.oxapay.base-url", oxapay.baseUrl(),
                "telekpr.oxapay.callback-url", "http://127.0.0.1:8085/oxapay/webhook",
                "telekpr.oxapay.sandbox", "true"), Map.of("telekpr.oxapay.merchant-key", SANDBOX_KEY));
    }

    Map<String, String> describe() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("OxaPay", oxapay == null ? "the real OxaPay (TELEKPR_OXAPAY_MERCHANT_KEY)"
                : oxapay.baseUrl() + " (sandbox; checkout pages at /pay/<track id>)");
        lines.put("Telegram", telegram == null ? "the real Bot API (TELEGRAM_BOT_TOKEN)"
                : telegram.baseUrl() + " (sandbox Bot API; chat with the bot in the browser at " + telegram.baseUrl() + "/chat;"
                + " pick " + SANDBOX_OPERATOR.firstName() + " " + SANDBOX_OPERATOR.lastName() + " there to work the queue)");
        if (telegramLogin != null) {
            lines.put("Log in with Telegram", telegramLogin.issuer() + " (sandbox OpenID Connect provider; start at"
                    + " the panel's sign-in page with Log in with Telegram, and pick someone the bot knows as admin or operator)");
        }
        return lines;
    }

    /** The Telegram sandbox, when it runs (tests drive users through it). */
    TelegramSimulator telegram() {
        return telegram;
    }

    OxaPaySimulator oxapay() {
        return oxapay;
    }

    @Override
    public void close() {
        if (oxapay != null) {
            oxapay.close();
            oxapay = null;
        }
        if (telegramLogin != null) {
            telegramLogin.close();
            telegramLogin = null;
        }
        if (telegram != null) {
            telegram.close();
            telegram = null;
        }
    }

    /** The Telegram login sandbox, when it runs. */
    TelegramLoginSimulator telegramLogin() {
        return telegramLogin;
    }
}
