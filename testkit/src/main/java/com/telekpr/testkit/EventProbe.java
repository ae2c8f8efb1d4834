package com.telekpr.testkit;

import com.telekpr.events.Envelope;
import com.telekpr.events.EnvelopeCodec;
import com.telekpr.events.MalformedMessageException;
import com.telekpr.events.Message;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Listens on real topics from their beginning and keeps every envelope it reads, so a test can wait
 * for what a service published and check that nothing more came. One per test JVM and topic set.
 */
public final class EventProbe implements AutoCloseable {
    private final List<Envelope> received = new CopyOnWriteArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    private EventProbe(List<String> topics) {
        var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TelekprInfrastructure.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(topics);
        poller = new Thread(() -> {
            try (consumer) {
                while (running) {
                    consumer.poll(Duration.ofMillis(100)).forEach(record -> read(record.value()));
                }
            }
        }, "event-probe");
        poller.setDaemon(true);
        poller.start();
    }

    public static EventProbe listen(String... topics) {
        return new EventProbe(List.of(topics));
    }

    private void read(String payload) {
        try {
            received.add(EnvelopeCodec.decode(payload));
        } catch (MalformedMessageException poison) {
            // tests send poison on purpose; the probe only keeps what it can read
        }
    }

    /** Every message of {@code type} about {@code userId} received so far, in arrival order. */
    public <T extends Message> List<T> of(UUID userId, Class<T> type) {
        return received.stream().filter(envelope -> userId.equals(envelope.userId()))
                .map(Envelope::data).filter(type::isInstance).map(type::cast).toList();
    }

    /** Every message of {@code type} received so far, whoever it concerns (some, like broadcast progress, concern no user). */
    public <T extends Message> List<T> ofType(Class<T> type) {
        return received.stream().map(Envelope::data).filter(type::isInstance).map(type::cast).toList();
    }

    /** Every envelope about {@code userId} received so far, in arrival order. */
    public List<Envelope> envelopesOf(UUID userId) {
        return received.stream().filter(envelope -> userId.equals(envelope.userId())).toList();
    }

    /** Waits until {@code count} messages of {@code type} about {@code userId} arrived, and returns them. */
    public <T extends Message> List<T> await(UUID userId, Class<T> type, int count) {
        Await.until(count + " " + type.getSimpleName() + " for user " + userId, () -> of(userId, type).size() >= count);
        return of(userId, type);
    }

    /** Waits for the first message of {@code type} about {@code userId}. */
    public <T extends Message> T awaitOne(UUID userId, Class<T> type) {
        return await(userId, type, 1).get(0);
    }

    @Override
    public void close() {
        running = false;
    }
}
