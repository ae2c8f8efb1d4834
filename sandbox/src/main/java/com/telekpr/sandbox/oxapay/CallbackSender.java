package com.telekpr.sandbox.oxapay;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts callbacks as OxaPay does: JSON body, header {@code HMAC} = hex HMAC-SHA512 of the raw body keyed
 * with the merchant API key; anything but HTTP 200 is retried up to 5 times, later each time (OxaPay
 * waits minutes to hours; the sandbox scales that down to seconds).
 */
final class CallbackSender implements AutoCloseable {
    static final List<Duration> RETRIES = List.of(Duration.ofSeconds(1), Duration.ofSeconds(3), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofSeconds(60));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "oxapay-callbacks");
        thread.setDaemon(true);
        return thread;
    });
    private final String merchantKey;
    private final Misbehaviour misbehaviour;

    CallbackSender(String merchantKey, Misbehaviour misbehaviour) {
        this.merchantKey = merchantKey;
        this.misbehaviour = misbehaviour;
    }

    void send(String url, String body) {
        if (url == null || url.isBlank()) {
            return;
        }
        if (misbehaviour.dropWebhooks.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            return;
        }
        String signature = sign(body, misbehaviour.badSignature ? "not-the-merchant-key" : merchantKey);
        int copies = misbehaviour.duplicateWebhooks ? 2 : 1;
        for (int i = 0; i < copies; i++) {
            retries.execute(() -> attempt(url, body, signature, 0));
        }
    }

    private void attempt(String url, String body, String signature, int retry) {
        int status;
        try {
            var request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header("HMAC", signature)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception unreachable) {
            status = 0;
        }
        if (status != 200 && retry < RETRIES.size()) {
            retries.schedule(() -> attempt(url, body, signature, retry + 1), RETRIES.get(retry).toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    static String sign(String body, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        retries.shutdownNow();
    }
}
