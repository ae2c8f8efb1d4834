package com.telekpr.wallet.flow;

import static com.telekpr.wallet.flow.WalletTraffic.fund;

import com.telekpr.events.AccountEvent.TokensDebited;
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
 * Prints debits per second through Kafka (a burst) and the OrderPlaced → TokensDebited latency at a
 * steady rate (send to receipt, relay included). Not part of `./mvnw verify` (no *Test suffix); run
 * {@code ./mvnw -pl wallet-service -am verify -Dtest=WalletDebitBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class WalletDebitBenchmark {
    private static final int BURST = Integer.getInteger("benchmark.orders", 5_000);
    private static final int PACED = 1_000;
    private static final int USERS = 100;
    private static final int COST = 10;

    @Test
    void debitThroughKafka() throws Exception {
        List<UUID> users = IntStream.range(0, USERS).mapToObj(i -> UUID.randomUUID()).toList();
        users.forEach(user -> fund(user, (BURST + PACED) / USERS * COST + COST));
        try (var meter = new RoundTripMeter(Topics.WALLET_EVENTS, envelope -> envelope.data() instanceof TokensDebited
                debited ? Optional.of(debited.orderId()) : Optional.empty())) {
            BurstThenPaced.run(meter, BURST, PACED, 50, (index, sent) -> {
                UUID order = UUID.randomUUID();
                sent.sent(order);
                WalletTraffic.send(users.get(index % USERS), OrderChargingTest.order(order, COST));
            }).print("WALLET DEBIT BENCHMARK (" + USERS + " users)", "debits/s", "OrderPlaced -> TokensDebited");
        }
    }
}
