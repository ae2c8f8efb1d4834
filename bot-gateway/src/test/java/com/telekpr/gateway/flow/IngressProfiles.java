package com.telekpr.gateway.flow;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The gateway receiving updates itself, by long polling or through a registered webhook. */
final class IngressProfiles {
    private IngressProfiles() {
    }

    public static class Polling implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("telekpr.gateway.ingress", "polling");
        }
    }

    public static class Webhook implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("telekpr.gateway.ingress", "webhook",
                    "telekpr.gateway.webhook-url", "http://127.0.0.1:13002/telegram/webhook");
        }
    }
}
