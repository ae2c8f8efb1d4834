package com.telekpr.outbox;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes outbox rows to Kafka and completes only when the broker has acknowledged every one.
 * Idempotent with acks=all, so a retry inside the producer neither loses nor reorders a key's messages.
 */
@ApplicationScoped
class OutboxPublisher {
    static final String TYPE_HEADER = "telekpr-type";

    private final KafkaProducer<String, String> producer;

    OutboxPublisher(KafkaSettings kafka, OutboxConfig config) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG, config.source() + "-outbox",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000),
                new StringSerializer(), new StringSerializer());
    }

    Uni<Void> publish(List<OutboxRow> batch) {
        CompletableFuture<?>[] acks = new CompletableFuture<?>[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            acks[i] = send(batch.get(i));
        }
        return Uni.createFrom().completionStage(CompletableFuture.allOf(acks));
    }

    private CompletableFuture<Void> send(OutboxRow row) {
        var record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
        record.headers().add(TYPE_HEADER, row.type().getBytes(StandardCharsets.UTF_8));
        var ack = new CompletableFuture<Void>();
        try {
            producer.send(record, (metadata, error) -> {
                if (error != null) {
                    ack.completeExceptionally(error);
                } else {
                    ack.complete(null);
                }
            });
        } catch (RuntimeException e) {
            ack.completeExceptionally(e);
        }
        return ack;
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
