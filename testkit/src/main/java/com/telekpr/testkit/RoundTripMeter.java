package com.telekpr.testkit;

import com.telekpr.events.Envelope;
import com.telekpr.events.EnvelopeCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * For benchmarks: the time from sending a request to receiving its answer on a topic, per request
 * id, and the percentiles of those times. It joins its consumer group before the first send, so
 * the one-off group join is not counted.
 */
public final class RoundTripMeter implements AutoCloseable {
    private final Map<UUID, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<UUID, Long> answeredAt = new ConcurrentHashMap<>();
    private final Thread listener;
    private volatile boolean listening = true;

    /** {@code answerTo} picks the request id out of an answer, or nothing if the envelope is no answer. */
    public RoundTripMeter(String topic, Function<Envelope, Optional<UUID>> answerTo) {
        var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TelekprInfrastructure.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "meter-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        Await.until("the meter's consumer is assigned", () -> {
            consumer.poll(Duration.ofMillis(100));
            return !consumer.assignment().isEmpty();
        });
        listener = new Thread(() -> {
            try (consumer) {
                while (listening) {
                    for (var record : consumer.poll(Duration.ofMillis(20))) {
                        answerTo.apply(EnvelopeCodec.decode(record.value()))
                                .ifPresent(id -> answeredAt.putIfAbsent(id, System.nanoTime()));
                    }
                }
            }
        }, "round-trip-meter");
        listener.start();
    }

    public void sent(UUID request) {
        sentAt.put(request, System.nanoTime());
    }

    /** Waits until every request sent so far is answered; returns the nano time of the last answer. */
    public long awaitAllAnswered(Duration timeout) {
        Await.until(sentAt.size() + " answers", timeout, () -> answeredAt.keySet().containsAll(sentAt.keySet()));
        return Collections.max(answeredAt.values());
    }

    /** Round-trip times in milliseconds, sorted, of the requests sent since the last reset. */
    public List<Double> latenciesMillis() {
        List<Double> latencies = new ArrayList<>();
        sentAt.forEach((id, at) -> latencies.add((answeredAt.get(id) - at) / 1e6));
        Collections.sort(latencies);
        return latencies;
    }

    public void reset() {
        sentAt.clear();
        answeredAt.clear();
    }

    public static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    @Override
    public void close() throws InterruptedException {
        listening = false;
        listener.join();
    }
}
