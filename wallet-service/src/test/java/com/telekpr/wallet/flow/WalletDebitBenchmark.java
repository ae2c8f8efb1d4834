package com.telekpr.wallet.flow;

import static com.telekpr.testkit.RoundTripMeter.percentile;
import static com.telekpr.wallet.flow.WalletTraffic.fund;

import com.telekpr.events.AccountEvent.TokensDebited;
import com.telekpr.events.Topics;
import com.telekpr.testkit.RoundTripMeter;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Prints debits per second through Kafka (a burst) and the OrderPlaced → TokensDebited latency at a
 * steady rate (send to receipt, relay included). Not part of `./mvnw verify` (no *Test suffix); run
 * {@code ./mvnw -pl wallet-service -am verify -Dtest=WalletDebitBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class WalletDebitBenchmark {
    private static final int BURST = Integer.getInteger("benchmark.orders", 5_000);
    private static final int PACED = 1_000;
    private static final int PACED_PER_SECOND = 50;
    private static final int USERS = 100;
    private static final int COST = 10;

    @Test
    void debitThroughKafka() throws Exception {
        List<UUID> users = IntStream.range(0, USERS).mapToObj(i -> UUID.randomUUID()).toList();
        users.forEach(user -> fund(user, (BURST + PACED) / USERS * COST + COST));
        try (var meter = new RoundTripMeter(Topics.WALLET_EVENTS, envelope -> envelope.data() instanceof TokensDebited
                debited ? Optional.of(debited.orderId()) : Optional.empty())) {
            long start = System.nanoTime();
            ExecutorService senders = Executors.newFixedThreadPool(4);
            for (int i = 0; i < BURST; i++) {
                UUID user = users.get(i % USERS);
                senders.submit(() -> place(meter, user));
            }
            senders.shutdown();
            senders.awaitTermination(5, TimeUnit.MINUTES);
            double burstRate = BURST / ((meter.awaitAllAnswered(Duration.ofMinutes(10)) - start) / 1e9);

            meter.reset();
            ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
            for (int i = 0; i < PACED; i++) {
                UUID user = users.get(i % USERS);
                pacer.schedule(() -> place(meter, user), i * 1_000_000L / PACED_PER_SECOND, TimeUnit.MICROSECONDS);
            }
            pacer.shutdown();
            pacer.awaitTermination(5, TimeUnit.MINUTES);
            meter.awaitAllAnswered(Duration.ofMinutes(10));
            var latencies = meter.latenciesMillis();
            System.out.printf("%nWALLET DEBIT BENCHMARK (%d users)%n", USERS);
            System.out.printf("  burst of %d OrderPlaced:       %,8.0f debits/s%n", BURST, burstRate);
            System.out.printf("  %d OrderPlaced at %d/s: OrderPlaced -> TokensDebited p50 %.1f ms, p99 %.1f ms, max %.1f ms%n%n",
                    PACED, PACED_PER_SECOND, percentile(latencies, 50), percentile(latencies, 99),
                    latencies.get(latencies.size() - 1));
        }
    }

    private static void place(RoundTripMeter meter, UUID user) {
        UUID order = UUID.randomUUID();
        meter.sent(order);
        WalletTraffic.send(user, OrderChargingTest.order(order, COST));
    }
}
