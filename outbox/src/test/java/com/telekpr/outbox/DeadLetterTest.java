package com.telekpr.outbox;

import static com.telekpr.outbox.QueuedMessages.arrivalsOf;
import static com.telekpr.outbox.QueuedMessages.queued;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.telekpr.events.Envelope;
import com.telekpr.events.EnvelopeCodec;
import com.telekpr.events.Topics;
import com.telekpr.testkit.Await;
import com.telekpr.testkit.TelekprInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = TelekprInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DeadLetterTest {

    @Test
    void poisonMessagesGoToTheDeadLetterTopicWithTheirReasonAndTheNextMessageIsProcessed() throws Exception {
        String key = UUID.randomUUID().toString();
        String garbage = "this is not json " + key;
        Envelope valid = queued(UUID.fromString(key), 1);
        String unknownType = EnvelopeCodec.encode(queued(UUID.fromString(key), 0))
                .replace("\"OrderQueued\"", "\"OrderTeleported\"");

        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TelekprInfrastructure.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            for (String payload : List.of(garbage, unknownType, EnvelopeCodec.encode(valid))) {
                producer.send(new ProducerRecord<>(Topics.ORDER_EVENTS, key, payload)).get();
            }
        }

        Await.until("the message after the poison is applied", () -> arrivalsOf(valid.id()) == 1);
        Map<String, String> reasons = deadLetterReasons(key, 2);
        assertTrue(reasons.get(garbage).startsWith("message is not valid JSON"), reasons.toString());
        assertTrue(reasons.get(unknownType).contains("unknown message type 'OrderTeleported'"), reasons.toString());
    }

    /** Payload → dead-letter reason of the records with {@code key} on order.events.dlq. */
    private static Map<String, String> deadLetterReasons(String key, int expected) {
        Map<String, String> reasons = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TelekprInfrastructure.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-reader-" + key,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetterOf(Topics.ORDER_EVENTS)));
            Await.until(expected + " dead letters with key " + key, () -> {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    var reason = record.headers().lastHeader("dead-letter-reason");
                    if (key.equals(record.key()) && reason != null) {
                        reasons.put(record.value(), new String(reason.value(), StandardCharsets.UTF_8));
                    }
                }
                return reasons.size() >= expected;
            });
        }
        return reasons;
    }
}
