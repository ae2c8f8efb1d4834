package com.telekpr.admin.bench;

import com.telekpr.admin.Staff;
import com.telekpr.admin.History;
import com.telekpr.events.Envelope;
import com.telekpr.events.EnvelopeCodec;
import com.telekpr.events.OrderEvent.OrderPlaced;
import com.telekpr.events.OrderEvent.OrderQueued;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.Sql;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Prints admin-api's read latencies on a year of business (1,000,000 orders, 100,000 users, seeded by
 * ReadModelSeeder) at a steady 200 requests/s, the live stream's delivery delay, and the projection and
 * replay rates. Not part of `./mvnw verify` (no *Test suffix); run
 * {@code ./mvnw -pl admin-api -am verify -Dtest=AdminReadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@TestProfile(AdminReadBenchmark.AsDeployed.class)
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AdminReadBenchmark {
    /** The figures cache as deployed (tests turn it off). */
    public static class AsDeployed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("telekpr.admin.figures-cache", "2s");
        }
    }

    private static final int USERS = Integer.getInteger("benchmark.users", 100_000);
    private static final int ORDERS = Integer.getInteger("benchmark.orders", 1_000_000);
    private static final int RATE = Integer.getInteger("benchmark.rate", 200);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 15);
    private static final int REPLAYED_ORDERS = Integer.getInteger("benchmark.replayed-orders", 25_000);

    @TestHTTPResource("/")
    URI base;

    @Test
    void readsStreamAndReplay() throws Exception {
        long seeding = System.nanoTime();
        try (var connection = Sql.connect()) {
            ReadModelSeeder.seed(connection, USERS, ORDERS);
        }
        System.out.printf("%nADMIN READ BENCHMARK (%,d users, %,d orders seeded in %.0f s; %d requests/s for %d s each)%n",
                USERS, ORDERS, (System.nanoTime() - seeding) / 1e9, RATE, SECONDS);
        LocalDate today = LocalDate.now();
        HttpClient http = HttpClient.newHttpClient();
        UncachedLatency.of(http, i -> base.resolve("api/admin/stats?tz=" + ZoneId.getAvailableZoneIds().stream().sorted()
                .skip(i * 7L).findFirst().orElseThrow())).print("stats, a new zone each time");
        UncachedLatency.of(http, i -> base.resolve("api/admin/analytics/trends?granularity=day&from="
                + today.minusDays(364 + i) + "&to=" + today.minusDays(i))).print("trends over a year, a new range each time");
        for (String path : List.of("api/admin/stats", "api/admin/analytics/trends?granularity=day&from="
                + today.minusDays(364) + "&to=" + today, "api/admin/orders?status=pending")) {
            new PacedLoad(HttpClient.newHttpClient(), base.resolve(path), RATE).run(SECONDS).print(path);
        }
        StreamDelay.measure(base.resolve("api/admin/stream"), 300).print();
        replay();
    }

    /** Live projection of orders placed and queued, then a rebuild of everything on the topics. */
    private void replay() throws Exception {
        var history = new History();
        for (int i = 0; i < REPLAYED_ORDERS; i++) {
            UUID user = UUID.randomUUID();
            UUID order = UUID.randomUUID();
            Instant now = Instant.now();
            history.at(now, user, "order", new OrderPlaced(order, UUID.randomUUID(), "SITES_50", "50 sites", 50, false, 50,
                    false, false));
            history.at(now, user, "order", new OrderQueued(order, i + 1, false, "SITES_50", "50 sites", 50, 0));
        }
        List<Envelope> events = history.envelopes();
        long projected = Sql.count("select count(*) from admin.processed_messages");  // before the first is sent
        long started = System.nanoTime();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TelekprInfrastructure.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new StringSerializer())) {
            events.forEach(e -> producer.send(new ProducerRecord<>(e.topic(), e.key(), EnvelopeCodec.encode(e))));
        }
        // events of many users spread over partitions: the last one sent proves nothing of the others
        Await.until("the live projection", Duration.ofMinutes(10), () -> Sql.count(
                "select count(*) from admin.processed_messages") >= projected + events.size());
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("  live projection: %,d events sent at once, all projected in %.1f s: %,.0f events/s%n",
                events.size(), seconds, events.size() / seconds);
        HttpClient http = HttpClient.newHttpClient();
        http.send(Staff.adminRequest(base.resolve("api/admin/projections/rebuild"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        AtomicReference<String> status = new AtomicReference<>();
        Await.until("the rebuild", Duration.ofMinutes(10), () -> {
            status.set(get(http, base.resolve("api/admin/projections")));
            return status.get().contains("\"done\"") || status.get().contains("\"failed\"");
        });
        System.out.printf("  rebuild from offset 0: %s%n%n", status.get());
    }

    private static String get(HttpClient http, URI uri) {
        try {
            return http.send(Staff.adminRequest(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
