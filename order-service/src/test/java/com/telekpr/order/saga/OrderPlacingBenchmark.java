package com.telekpr.order.saga;

import static com.telekpr.order.saga.OrderTraffic.profileOf;
import static com.telekpr.testkit.RoundTripMeter.percentile;

import com.telekpr.events.OrderCommand.PlaceOrder;
import com.telekpr.events.OrderEvent.OrderPlaced;
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
 * Prints orders per second through PlaceOrder → OrderPlaced (a burst) and its latency at a steady
 * rate. Not part of `./mvnw verify` (no *Test suffix); run
 * {@code ./mvnw -pl order-service -am verify -Dtest=OrderPlacingBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OrderPlacingBenchmark {
    private static final int BURST = Integer.getInteger("benchmark.orders", 5_000);
    private static final int PACED = 1_000;
    private static final int PACED_PER_SECOND = 50;
    private static final int USERS = 50;

    record Customer(UUID user, UUID profile) {
    }

    @Test
    void placeThroughKafka() throws Exception {
        List<Customer> customers = IntStream.range(0, USERS).mapToObj(i -> UUID.randomUUID())
                .map(user -> new Customer(user, profileOf(user))).toList();
        try (var meter = new RoundTripMeter(Topics.ORDER_EVENTS, envelope -> envelope.data() instanceof OrderPlaced
                placed ? Optional.of(placed.orderId()) : Optional.empty())) {
            long start = System.nanoTime();
            ExecutorService senders = Executors.newFixedThreadPool(4);
            for (int i = 0; i < BURST; i++) {
                Customer customer = customers.get(i % USERS);
                senders.submit(() -> place(meter, customer));
            }
            senders.shutdown();
            senders.awaitTermination(5, TimeUnit.MINUTES);
            double burstRate = BURST / ((meter.awaitAllAnswered(Duration.ofMinutes(10)) - start) / 1e9);

            meter.reset();
            ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
            for (int i = 0; i < PACED; i++) {
                Customer customer = customers.get(i % USERS);
                pacer.schedule(() -> place(meter, customer), i * 1_000_000L / PACED_PER_SECOND, TimeUnit.MICROSECONDS);
            }
            pacer.shutdown();
            pacer.awaitTermination(5, TimeUnit.MINUTES);
            meter.awaitAllAnswered(Duration.ofMinutes(10));
            var latencies = meter.latenciesMillis();
            System.out.printf("%nORDER PLACING BENCHMARK (%d users)%n", USERS);
            System.out.printf("  burst of %d PlaceOrder:        %,8.0f orders/s%n", BURST, burstRate);
            System.out.printf("  %d PlaceOrder at %d/s: PlaceOrder -> OrderPlaced p50 %.1f ms, p99 %.1f ms, max %.1f ms%n%n",
                    PACED, PACED_PER_SECOND, percentile(latencies, 50), percentile(latencies, 99),
                    latencies.get(latencies.size() - 1));
        }
    }

    private static void place(RoundTripMeter meter, Customer customer) {
        UUID order = UUID.randomUUID();
        meter.sent(order);
        OrderTraffic.send(customer.user(), new PlaceOrder(order, customer.profile(), "SITES_100", false));
    }
}
