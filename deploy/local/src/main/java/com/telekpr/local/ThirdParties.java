package com.telekpr.local;

import com.telekpr.sandbox.oxapay.OxaPaySimulator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * OxaPay for the local stack: the real one when TELEKPR_OXAPAY_MERCHANT_KEY and
 * TELEKPR_OXAPAY_CALLBACK_URL are set, otherwise the sandbox on port 8090 with its checkout pages.
 */
final class ThirdParties implements AutoCloseable {
    static final int OXAPAY_SANDBOX_PORT = 8090;
    static final String SANDBOX_KEY = "sandbox-merchant-key";

    private final Map<String, String> environment;
    private OxaPaySimulator oxapay;

    ThirdParties(Map<String, String> environment) {
        this.environment = environment;
    }

    /** Starts what is simulated; returns the settings that point the services at OxaPay. */
    Map<String, String> start() {
        if (environment.containsKey("TELEKPR_OXAPAY_MERCHANT_KEY")) {
            if (!environment.containsKey("TELEKPR_OXAPAY_CALLBACK_URL")) {
                throw new IllegalStateException("TELEKPR_OXAPAY_MERCHANT_KEY is set but TELEKPR_OXAPAY_CALLBACK_URL is not:"
                        + " OxaPay needs a public https URL of payment-service's /oxapay/webhook");
            }
            return Map.of(); // payment-service reads the real settings from the environment
        }
        oxapay = OxaPaySimulator.start(OXAPAY_SANDBOX_PORT, SANDBOX_KEY);
        return Map.of("telekpr.oxapay.base-url", oxapay.baseUrl(),
                "telekpr.oxapay.merchant-key", SANDBOX_KEY,
                "telekpr.oxapay.callback-url", "http://127.0.0.1:8085/oxapay/webhook",
                "telekpr.oxapay.sandbox", "true");
    }

    Map<String, String> describe() {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("OxaPay", oxapay == null ? "the real OxaPay (TELEKPR_OXAPAY_MERCHANT_KEY)"
                : oxapay.baseUrl() + " (sandbox; checkout pages at /pay/<track id>)");
        return lines;
    }

    @Override
    public void close() {
        if (oxapay != null) {
            oxapay.close();
            oxapay = null;
        }
    }
}
