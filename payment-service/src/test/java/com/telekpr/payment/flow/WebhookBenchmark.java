package com.telekpr.payment.flow;

import static com.telekpr.payment.flow.PaymentTraffic.purchase;

import com.telekpr.events.PaymentEvent.PaymentLinkCreated;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Prints how many signed OxaPay callbacks per second the webhook verifies, logs and applies, with
 * p50/p99 response times. Not part of `./mvnw verify` (no *Test suffix); run
 * {@code ./mvnw -pl payment-service -am verify -Dtest=WebhookBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OxaPaySandbox.class, scope = TestResourceScope.GLOBAL)
class WebhookBenchmark {
    private static final int CALLBACKS = Integer.getInteger("benchmark.callbacks", 5_000);
    private static final int PAYMENTS = 50;
    private static final int CLIENTS = 8;

    @Test
    void signedCallbacksPerSecond() throws Exception {
        List<PaymentLinkCreated> links = IntStream.range(0, PAYMENTS).mapToObj(i -> purchase(UUID.randomUUID(), 100))
                .toList();
        HttpClient http = HttpClient.newHttpClient();
        URI webhook = URI.create("http://127.0.0.1:18085/oxapay/webhook");
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<Long>> timings = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < CALLBACKS; i++) {
            var link = links.get(i % PAYMENTS);
            String status = i < PAYMENTS ? "Paying" : (i % 3 == 0 ? "Paid" : "Paying");
            String body = "{\"track_id\":\"" + link.trackId() + "\",\"type\":\"invoice\",\"status\":\"" + status
                    + "\",\"amount\":10.00,\"currency\":\"USD\",\"order_id\":\"" + link.paymentId() + "\"}";
            timings.add(clients.submit(() -> {
                long sent = System.nanoTime();
                var response = http.send(HttpRequest.newBuilder(webhook).header("HMAC", sign(body))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("callback answered " + response.statusCode());
                }
                return System.nanoTime() - sent;
            }));
        }
        List<Long> latencies = new ArrayList<>();
        for (Future<Long> timing : timings) {
            latencies.add(timing.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        Collections.sort(latencies);
        System.out.printf("%nWEBHOOK BENCHMARK (%d signed callbacks, %d clients)%n", CALLBACKS, CLIENTS);
        System.out.printf("  %,.0f callbacks/s; response p50 %.1f ms, p99 %.1f ms%n%n", CALLBACKS / seconds,
                latencies.get(latencies.size() / 2) / 1e6, latencies.get(latencies.size() * 99 / 100) / 1e6);
    }

    private static String sign(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(OxaPaySandbox.KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
