package com.telekpr.payment.flow;

import com.telekpr.sandbox.oxapay.OxaPaySimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** The OxaPay simulator for payment-service's tests, started once, on a free port, with the test merchant key. */
public class OxaPaySandbox implements QuarkusTestResourceLifecycleManager {
    static final String KEY = "test-merchant-key";
    static OxaPaySimulator oxapay;

    @Override
    public synchronized Map<String, String> start() {
        if (oxapay == null) {
            oxapay = OxaPaySimulator.start(0, KEY);
        }
        return Map.of("telekpr.oxapay.base-url", oxapay.baseUrl());
    }

    @Override
    public synchronized void stop() {
        if (oxapay != null) {
            oxapay.close();
            oxapay = null;
        }
    }
}
