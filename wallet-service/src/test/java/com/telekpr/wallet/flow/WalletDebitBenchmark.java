package com.telekpr.wallet.flow;

import static com.telekpr.wallet.flow.WalletTraffic.fund;

import com.telekpr.events.AccountEvent.TokensDebited;
import com.telekpr.events.Envelope;
import com.telekpr.events.EnvelopeCodec;
import com.telekpr.events.Topics;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * Prints debits per second through Kafka and the OrderPlaced → TokensDebited latency (send to
 * receipt, relay included). Not part of `./mvnw verify` (no *Test suffix); run it with
 * {@code ./mvnw -pl wallet-service -am verify -Dtest=WalletDebitBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class WalletDebitBenchmark {
    private static final int ORDERS = Integer.getInteger("benchmark.orders", 5_000);
    private static final int USERS = 100;
    private static final int COST = 10;
    private static final int PACED = 1_000;
    private static final int PACED_PER_SECOND = 50;

    private final Map<UUID, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<UUID, Long> debitedAt = new ConcurrentHashMap<>();
    private volatile boolean listening = true;

    @Test
    void debitThroughKafka() throws Exception {
        List<UUID> users = IntStream.range(0, USERS).mapToObj(i -> UUID.randomUUID()).toList();
        users.forEach(user -> fund(user, (ORDERS + PACED) / USERS * COST + COST));
        Thread listener = listen();

        // throughput: everything at once, as fast as four senders can put it on the topic
        long start = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        for (int i = 0; i < ORDERS; i++) {
            UUID user = users.get(i % USERS);
            senders.submit(() -> place(user));
        }
        senders.shutdown();
        senders.awaitTermination(5, TimeUnit.MINUTES);
        Await.until("every burst order is debited", Duration.ofMinutes(10), () -> debitedAt.size() == ORDERS);
        long end = Collections.max(debitedAt.values());
        double burstRate = ORDERS / ((end - start) / 1e9);

        // latency: a steady rate well under capacity, so the figure is the pipeline's, not a queue's
        sentAt.clear();
        debitedAt.clear();
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        for (int i = 0; i < PACED; i++) {
            UUID user = users.get(i % USERS);
            pacer.schedule(() -> place(user), i * 1_000_000L / PACED_PER_SECOND, TimeUnit.MICROSECONDS);
        }
        Await.until("every paced order is debited", Duration.ofMinutes(10), () -> debitedAt.size() == PACED);
        pacer.shutdown();
        listening = false;
        listener.join();

        List<Long> latencies = new ArrayList<>();
        debitedAt.forEach((order, at) -> latencies.add(at - sentAt.get(order)));
        Collections.sort(latencies);
        System.out.printf("%nWALLET DEBIT BENCHMARK (%d users)%n", USERS);
        System.out.printf("  burst of %d OrderPlaced:       %,8.0f debits/s%n", ORDERS, burstRate);
        System.out.printf("  %d OrderPlaced at %d/s: OrderPlaced -> TokensDebited p50 %.1f ms, p99 %.1f ms, max %.1f ms%n%n",
                PACED, PACED_PER_SECOND, percentile(latencies, 50), percentile(latencies, 99),
                latencies.get(latencies.size() - 1) / 1e6);
    }

    private void place(UUID user) {
        UUID order = UUID.randomUUID();
        sentAt.put(order, System.nanoTime());
        WalletTraffic.send(user, OrderChargingTest.order(order, COST));
    }

    private Thread listen() {
        var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TelekprInfrastructure.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.WALLET_EVENTS));
        // join the group before the clock starts, so the ~3 s group join is not counted as latency
        Await.until("the benchmark consumer is assigned", () -> {
            consumer.poll(Duration.ofMillis(100));
            return !consumer.assignment().isEmpty();
        });
        Thread thread = new Thread(() -> {
            try (consumer) {
                while (listening) {
                    for (var record : consumer.poll(Duration.ofMillis(50))) {
                        Envelope envelope = EnvelopeCodec.decode(record.value());
                        if (envelope.data() instanceof TokensDebited debited) {
                            debitedAt.putIfAbsent(debited.orderId(), System.nanoTime());
                        }
                    }
                }
            }
        }, "benchmark-listener");
        thread.start();
        return thread;
    }

    private static double percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1e6;
    }
}
