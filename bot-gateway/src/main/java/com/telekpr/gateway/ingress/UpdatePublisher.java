package com.telekpr.gateway.ingress;

import com.telekpr.events.Topics;
import com.telekpr.outbox.KafkaSettings;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Puts raw Telegram updates on {@value Topics#TELEGRAM_UPDATES}, keyed by chat id, and completes only
 * once the broker has them (acks=all): only then may Telegram be told 200, or it would not resend.
 */
@ApplicationScoped
public class UpdatePublisher {
    private final KafkaProducer<String, String> producer;

    UpdatePublisher(KafkaSettings kafka) {
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.CLIENT_ID_CONFIG, "bot-gateway-ingress",
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 1,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000),
                new StringSerializer(), new StringSerializer());
    }

    public Uni<Void> publish(long chatId, byte[] update) {
        var record = new ProducerRecord<>(Topics.TELEGRAM_UPDATES, Long.toString(chatId),
                new String(update, StandardCharsets.UTF_8));
        return Uni.createFrom().emitter(done -> producer.send(record, (metadata, error) -> {
            if (error != null) {
                done.fail(error);
            } else {
                done.complete(null);
            }
        }));
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
