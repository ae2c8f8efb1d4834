package com.telekpr.order.saga;

import static com.telekpr.order.saga.OrderTraffic.profileOf;

import com.telekpr.events.OrderCommand.PlaceOrder;
import com.telekpr.events.OrderEvent.OrderPlaced;
import com.telekpr.events.Topics;
import com.telekpr.testkit.BurstThenPaced;
import com.telekpr.testkit.RoundTripMeter;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
    private static final int USERS = 50;

    record Customer(UUID user, UUID profile) {
    }

    @Test
    void placeThroughKafka() throws Exception {
        List<Customer> customers = IntStream.range(0, USERS).mapToObj(i -> UUID.randomUUID())
                .map(user -> new Customer(user, profileOf(user))).toList();
        try (var meter = new RoundTripMeter(Topics.ORDER_EVENTS, envelope -> envelope.data() instanceof OrderPlaced
                placed ? Optional.of(placed.orderId()) : Optional.empty())) {
            BurstThenPaced.run(meter, BURST, PACED, 50, (index, sent) -> {
                Customer customer = customers.get(index % USERS);
                UUID order = UUID.randomUUID();
                sent.sent(order);
                OrderTraffic.send(customer.user(), new PlaceOrder(order, customer.profile(), "SITES_100", false));
            }).print("ORDER PLACING BENCHMARK (" + USERS + " users)", "orders/s", "PlaceOrder -> OrderPlaced");
        }
    }
}
